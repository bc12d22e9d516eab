#include "ModelLanguage.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace ccr::client {

namespace {

// Watches the application object, which gets LanguageChange each time a
// translator is installed or removed (the same moment widgets get theirs).
class LanguageWatch : public QObject
{
public:
    explicit LanguageWatch(QAbstractItemModel *model)
        : QObject(model)
        , m_model(model)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
            announce();
        return QObject::eventFilter(watched, event);
    }

private:
    void announce()
    {
        const int rows = m_model->rowCount();
        const int columns = m_model->columnCount();
        if (columns > 0)
            Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (rows > 0) {
            Q_EMIT m_model->headerDataChanged(Qt::Vertical, 0, rows - 1);
            if (columns > 0)
                Q_EMIT m_model->dataChanged(m_model->index(0, 0), m_model->index(rows - 1, columns - 1));
        }
    }

    QAbstractItemModel *m_model;
};

} // namespace

void followLanguage(QAbstractItemModel *model)
{
    new LanguageWatch(model);
}

} // namespace ccr::client
