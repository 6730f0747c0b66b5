#include "mainwindow/LanguageManager.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rasad {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
}

QString LanguageManager::savedLanguage()
{
    const QString lang = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("ar")).toString();
    return lang == QLatin1String("en") ? lang : QStringLiteral("ar");
}

QStringList LanguageManager::fontFamilies(const QString &language)
{
    const QStringList installed = QFontDatabase::families();
    QStringList wanted = language == QLatin1String("ar")
                             ? QStringList{QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic"),
                                           QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")}
                             : QStringList{QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                                           QStringLiteral("Noto Sans Arabic")};
    QStringList result;
    for (const QString &family : wanted)
        if (installed.contains(family))
            result.append(family);
    return result;
}

bool LanguageManager::apply(const QString &language)
{
    const QString lang = language == QLatin1String("en") ? language : QStringLiteral("ar");
    const QLocale locale = lang == QLatin1String("ar") ? QLocale(QLocale::Arabic, QLocale::Syria)
                                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    bool ok = true;
    m_app = new QTranslator(this);
    if (m_app->load(QStringLiteral(":/i18n/rasad_") + lang))
        QCoreApplication::installTranslator(m_app);
    else
        ok = false;
    m_qt = new QTranslator(this);
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);

    QGuiApplication::setLayoutDirection(locale.textDirection());
    const QStringList families = fontFamilies(lang);
    if (!families.isEmpty()) {
        QFont font = QApplication::font();
        font.setFamilies(families);
        QApplication::setFont(font);
    }
    m_language = lang;
    QSettings().setValue(QStringLiteral("ui/language"), lang);
    Q_EMIT languageChanged(lang);
    return ok;
}

} // namespace rasad
