// AttendanceGrid: how many from each organisation attended a meeting; an organisation is added by typing it.
#pragma once

#include <QMap>
#include <QWidget>

class QLineEdit;

namespace lk {

class RowTable;

class AttendanceGrid : public QWidget {
    Q_OBJECT
public:
    explicit AttendanceGrid(QWidget* parent = nullptr);

    // One row per organisation offered, then any other with a count, each with its count (0 when absent).
    void setAttendance(const QStringList& offered, const QMap<QString, int>& counts);
    QMap<QString, int> attendance() const;
    // The count box of an organisation, for the keyboard and for tests.
    QWidget* countEditor(const QString& organisation) const;

private:
    void addOrganisation(const QString& organisation, int count);

    RowTable* m_rows;
    QLineEdit* m_newOrganisation;
};

} // namespace lk
