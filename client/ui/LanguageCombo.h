#pragma once

#include <QComboBox>

namespace ccr::client {

// The languages CCR speaks, each named in itself (English, தமிழ், हिन्दी),
// carrying the code the protocol uses ("en", "ta", "hi").
class LanguageCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit LanguageCombo(QWidget *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &code);
    // The client's own language when CCR speaks it, else English.
    static QString uiLanguage();
};

} // namespace ccr::client
