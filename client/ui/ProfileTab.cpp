#include "ProfileTab.h"

#include "ChangePasswordForm.h"
#include "ProfileDetailsForm.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace ccr::client {

using namespace Qt::StringLiterals;

namespace {
constexpr int kColumnWidth = 560;
}

ProfileTab::ProfileTab(Session *session, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"profileTab"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    auto *details = new ProfileDetailsForm(session);
    auto *password = new ChangePasswordForm(session);
    auto *column = new QWidget;
    column->setMaximumWidth(kColumnWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(details);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(password);
    columnLayout->addStretch(1);

    auto *content = new QWidget;
    auto *row = new QHBoxLayout(content);
    row->addWidget(column, 1);
    row->addStretch(0);
    setWidget(content);
    details->load();
}

} // namespace ccr::client
