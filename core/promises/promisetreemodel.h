// PromiseTreeModel: one period's focus areas with their promises beneath, each promise's assessment (the same
// light as on Översikt and in the report, over the period so far) and its latest reported status.
#pragma once

#include "progress/promiseprogress.h"
#include "register/record.h"

#include <QAbstractItemModel>
#include <QSet>

namespace lk {

class Document;

class PromiseTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, ResponsibleColumn, AssessmentColumn, StatusColumn, ColumnCount };
    enum class Kind { FocusArea, Promise };
    static constexpr int UuidRole = Qt::UserRole + 1;
    // A promise's latest status code, empty when none is reported: the view chooses its colour (core paints
    // nothing).
    static constexpr int StatusCodeRole = Qt::UserRole + 2;
    // A promise's assessment as an int of PromiseProgress::Light: the view paints its dot.
    static constexpr int LightRole = Qt::UserRole + 3;

    explicit PromiseTreeModel(Document* document, QObject* parent = nullptr);

    void setPeriod(qint64 periodId);
    qint64 periodId() const { return m_periodId; }

    Kind kind(const QModelIndex& index) const;
    QString uuid(const QModelIndex& index) const;
    qint64 recordId(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& uuid) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The date the assessments speak of: today, or the period's end when it is over.
    QDate assessedOn() const { return m_assessedOn; }
    // Why the last load failed, or empty; the page then says so instead of "no focus areas yet".
    QString loadError() const { return m_loadError; }

private:
    // A change here or by another client: the tree is read again when it touches what the tree shows.
    void noteChange(const QSet<QString>& tables);
    struct PromiseRow {
        Record record;
        QString status; // the latest reported status code, empty when none
        PromiseProgress::Light light = PromiseProgress::Light::Grey;
        QString explanation;  // why it has its light, with the figures
        QString disagreement; // how the reported status and the figures part, or empty
    };
    struct AreaRow {
        Record record;
        QList<PromiseRow> promises;
    };

    void reload();
    const Record* recordAt(const QModelIndex& index) const;

    Document* m_document;
    qint64 m_periodId = 0;
    QDate m_assessedOn;
    QList<AreaRow> m_areas;
    QString m_loadError;
};

} // namespace lk
