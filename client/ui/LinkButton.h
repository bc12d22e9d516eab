#pragma once

#include <QPushButton>

namespace ccr::client {

// A button styled as a link: a secondary way on ("Forgot password?"),
// not a rival to the form's main button.
class LinkButton : public QPushButton
{
    Q_OBJECT
public:
    explicit LinkButton(const QString &text, QWidget *parent = nullptr);
};

} // namespace ccr::client
