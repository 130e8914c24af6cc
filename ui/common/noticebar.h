// NoticeBar: a bar that says something the user must not miss, with a button that acts on it: where a
// just-saved record went when its list cannot show it ("Saved, but outside the period 2021–2022"), or that
// today lies after every period. It stays until closed or no longer true.
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace lk {

class NoticeBar : public QFrame {
    Q_OBJECT
public:
    explicit NoticeBar(QWidget* parent = nullptr);

    // `goText` empty: no button.
    void say(const QString& text, const QString& goText = {}, std::function<void()> go = {});
    QString text() const;
    QPushButton* goButton() const { return m_go; }

private:
    QLabel* m_text;
    QPushButton* m_go;
    QPushButton* m_close;
    std::function<void()> m_action;
};

} // namespace lk
