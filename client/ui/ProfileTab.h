#pragma once

#include <QScrollArea>

namespace ccr::client {

class Session;

// "Profile", the same for every role: one's own details and password.
class ProfileTab : public QScrollArea
{
    Q_OBJECT
public:
    explicit ProfileTab(Session *session, QWidget *parent = nullptr);
};

} // namespace ccr::client
