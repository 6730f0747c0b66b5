#include "mainwindow/LanguageManager.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rasad {

namespace {
/**
 * Qt's button words that rasad_ar.ts words again. qtbase's Arabic gives the imperative "ألغِ" for Cancel:
 * its final kasra is easily lost, and the button then reads as a cut-off "ألغ" in every dialog (QDialogButtonBox,
 * QMessageBox, QFileDialog, QProgressDialog). Arabic interfaces write the noun, "إلغاء". Listed here so lupdate
 * keeps these contexts in the .ts files.
 */
[[maybe_unused]] constexpr const char *kQtButtonWords[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),   QT_TRANSLATE_NOOP("QProgressDialog", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
};
} // namespace

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
    // Qt's first, ours after: the translator installed last is asked first, so our wording of Qt's own
    // buttons (kQtButtonWords) wins over qtbase's.
    m_qt = new QTranslator(this);
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    m_app = new QTranslator(this);
    if (m_app->load(QStringLiteral(":/i18n/rasad_") + lang))
        QCoreApplication::installTranslator(m_app);
    else
        ok = false;

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
