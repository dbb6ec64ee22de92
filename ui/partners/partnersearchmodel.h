#pragma once

// PartnerSearchModel: the first partners matching what the user typed, for pickers and completers;
// bounded, so a search over a million partners still answers at once.

#include "db/database.h"
#include "partners/partnerdirectory.h"

#include <QAbstractListModel>

namespace cd {

class PartnerSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        CodeRole, // QString
        NameRole, // QString
    };
    Q_ENUM(Role)

    static constexpr int DefaultLimit = 50;

    explicit PartnerSearchModel(QObject *parent = nullptr);

    // Searches `db`; an unopened Database empties the model.
    void setDatabase(const Database &db);
    // Words matched as prefixes (see PartnerFilter::search); empty = the first partners by name.
    Status setSearch(const QString &text);
    QString search() const { return m_search; }
    void setLimit(int limit);
    int limit() const { return m_limit; }
    // More partners match than are shown.
    bool isTruncated() const { return m_truncated; }

    qint64 partnerId(int row) const;
    PartnerRow partnerRow(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Status read();

    Database m_db;
    QString m_search;
    int m_limit = DefaultLimit;
    bool m_truncated = false;
    QList<PartnerRow> m_rows;
};

} // namespace cd
