#include "AccessibleNames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextEdit>
#include <QTimer>

namespace ccr::client::AccessibleNames {

using namespace Qt::StringLiterals;

namespace {

// Marks a name this code gave, which it may replace; others are kept.
constexpr char kFromLabel[] = "ccrNameFromLabel";

bool isInput(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
           || qobject_cast<const QAbstractButton *>(widget);
}

// The input a label's buddy stands for: the buddy itself, or the first
// input inside a wrapper.
QWidget *inputOf(QWidget *buddy)
{
    if (isInput(buddy))
        return buddy;
    for (QWidget *child : buddy->findChildren<QWidget *>()) {
        if (isInput(child))
            return child;
    }
    return nullptr;
}

QString spoken(QString text)
{
    // "&Email:", "ईमेल (&E)" → "Email", "ईमेल"
    static const QRegularExpression mnemonic(u"\\s*\\(&.\\)"_s);
    text.remove(mnemonic);
    text.remove(u'&');
    text = text.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

class WindowWatch : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow())
                fromLabels(widget);
        } else if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
            // The widgets get their own LanguageChange after this one: name
            // once their labels carry the new words.
            QTimer::singleShot(0, this, [] {
                for (QWidget *window : QApplication::topLevelWidgets())
                    fromLabels(window);
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void fromLabels(QWidget *root)
{
    if (!root)
        return;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        QWidget *input = buddy ? inputOf(buddy) : nullptr;
        const QString name = spoken(label->text());
        if (!input || name.isEmpty())
            continue;
        if (!input->accessibleName().isEmpty() && !input->property(kFromLabel).toBool())
            continue;
        input->setAccessibleName(name);
        input->setProperty(kFromLabel, true);
    }
}

void keepWindowsNamed()
{
    static QObject *watch = nullptr;
    if (watch)
        return;
    watch = new WindowWatch(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(watch);
}

} // namespace ccr::client::AccessibleNames
