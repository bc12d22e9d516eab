#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>

namespace ccr::client {

// The server's outbox (outbox.list) as a table, newest mail first. A failed
// mail says so in words, in bold and in the error colour.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ToColumn,
        SubjectColumn,
        StateColumn,
        AttemptsColumn,
        LastErrorColumn,
        CreatedColumn,
        SentColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    struct Mail
    {
        qint64 id = 0;
        QString to;
        QString subject;
        QString state;
        int attempts = 0;
        QString lastError;
        QDateTime createdAt;
        QDateTime sentAt;
    };

    explicit OutboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows with the "mails" of an outbox.list result.
    void setMails(const QJsonArray &mails);
    const Mail &mailAt(int row) const { return m_mails.at(row); }

    static QString stateText(const QString &state);

private:
    QList<Mail> m_mails;
};

} // namespace ccr::client
