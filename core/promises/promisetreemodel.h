// PromiseTreeModel: one period's focus areas with their promises beneath, and each promise's latest status.
#pragma once

#include "register/record.h"

#include <QAbstractItemModel>

namespace lk {

class Document;

class PromiseTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, ResponsibleColumn, StatusColumn, ColumnCount };
    enum class Kind { FocusArea, Promise };
    static constexpr int UuidRole = Qt::UserRole + 1;
    // A promise's latest status code, empty when none is reported: the view chooses its colour (core paints
    // nothing).
    static constexpr int StatusCodeRole = Qt::UserRole + 2;

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

    // Why the last load failed, or empty; the page then says so instead of "no focus areas yet".
    QString loadError() const { return m_loadError; }

private:
    struct PromiseRow {
        Record record;
        QString status; // the latest reported status code, empty when none
    };
    struct AreaRow {
        Record record;
        QList<PromiseRow> promises;
    };

    void reload();
    const Record* recordAt(const QModelIndex& index) const;

    Document* m_document;
    qint64 m_periodId = 0;
    QList<AreaRow> m_areas;
    QString m_loadError;
};

} // namespace lk
