#pragma once

#include "Handler.h"

#include <QHash>
#include <QString>

#include <memory>

namespace ccr::server {

// Method name -> handler. The one table the dispatcher consults; a method not
// in it is unknown_method, whoever asks.
class HandlerRegistry
{
public:
    static HandlerRegistry standard();

    void add(const QString &method, std::unique_ptr<Handler> handler);
    const Handler *find(const QString &method) const;
    QStringList methods() const { return m_handlers.keys(); }

private:
    QHash<QString, std::shared_ptr<const Handler>> m_handlers;
};

} // namespace ccr::server
