#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace rasad {

/**
 * Installs the interface language: Rasad's own translation (:/i18n/rasad_<lang>.qm) and Qt's
 * (qtbase_<lang>.qm, so standard dialogs speak it too), the layout direction from
 * QLocale::textDirection(), and a font that shapes Arabic (Noto Sans/Naskh Arabic when installed).
 * The choice is remembered in QSettings ("ui/language").
 */
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /** "ar" unless the user chose otherwise. */
    static QString savedLanguage();
    QString language() const { return m_language; }
    /** Loads and installs `language` ("ar" or "en"); widgets receive QEvent::LanguageChange. */
    bool apply(const QString &language);
    /** The interface font families for a language, best first; only installed families are listed. */
    static QStringList fontFamilies(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace rasad
