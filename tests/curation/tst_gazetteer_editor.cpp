// The gazetteer editor driven as a researcher would (offscreen), against a temporary user data folder:
// edits land in the user file and a fresh load finds them; imports, exports and bad files behave.
#include "common/StoreBackend.h"
#include "curation/GazetteerEditorDialog.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/UserGazetteer.h"
#include "mainwindow/LanguageManager.h"
#include "text/ArabicNormalizer.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rasad;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QPushButton *buttonWithText(QWidget *root, const QString &text)
{
    for (QPushButton *button : root->findChildren<QPushButton *>())
        if (button->text() == text && button->isVisibleTo(root))
            return button;
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

int visibleRows(const QTableWidget *table)
{
    int rows = 0;
    for (int i = 0; i < table->rowCount(); ++i)
        rows += table->isRowHidden(i) ? 0 : 1;
    return rows;
}

} // namespace

class GazetteerEditorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void editAnAliasSaveAndReload();
    void filterFindsAPersonByAlias();
    void invalidEditsAreRefusedWithAClearMessage();
    void importAddsAColleaguesPerson();
    void exportWritesAParsableFile();
    void badImportNamesTheFile();
    void reextractSavesThenAsks();
    void explorerExtractsWithTheUserGazetteer();
    void arabicIsTranslatedAndRightToLeft();

private:
    QTemporaryDir m_home;
    QString m_userFile;
};

void GazetteerEditorTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Every user-data path under a temporary folder: the real user's gazetteer is never read or written.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_DATA_DIRS", m_home.filePath(QStringLiteral("system")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8()); // LanguageManager's QSettings
    QVERIFY(Gazetteer::userDirectories().constLast().startsWith(m_home.path()));
    m_userFile = userGazetteerPath(Gazetteer::userDirectories());
}

void GazetteerEditorTest::init()
{
    QDir(QFileInfo(m_userFile).absolutePath()).removeRecursively();
}

void GazetteerEditorTest::editAnAliasSaveAndReload()
{
    const QString alias = s("سيرغي لافروفسكي");
    QVERIFY(!Gazetteer::load(Gazetteer::userDirectories(), nullptr)
                 .personByKey(QStringLiteral("lavrov"))
                 ->aliases.contains(alias));
    GazetteerEditorDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectPerson(QStringLiteral("lavrov")));
    QCOMPARE(dialog.personName()->text(), s("سيرغي لافروف"));
    const int aliasesBefore = dialog.personAliases()->count();

    // Add alias opens an editor on a new row; type the spelling and press Enter, as a user would.
    QPushButton *addAlias = buttonWithText(&dialog, QStringLiteral("Add alias"));
    QVERIFY(addAlias);
    QTest::mouseClick(addAlias, Qt::LeftButton);
    auto *editor = dialog.personAliases()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->setText(alias);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
    QCOMPARE(dialog.personAliases()->count(), aliasesBefore + 1);
    QTRY_COMPARE(dialog.personAliases()->item(aliasesBefore)->text(), alias);
    QVERIFY(dialog.hasUnsavedChanges());

    QVERIFY2(dialog.save(), qPrintable(dialog.lastError()));
    QVERIFY(!dialog.hasUnsavedChanges());
    QVERIFY(QFileInfo::exists(m_userFile));

    QStringList warnings;
    const Gazetteer reloaded = Gazetteer::load(Gazetteer::userDirectories(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    const Actor *lavrov = reloaded.personByKey(QStringLiteral("lavrov"));
    QVERIFY(lavrov->aliases.contains(alias));
    QVERIFY(reloaded.peopleByName(matchingKey(alias)).contains(lavrov));
    QCOMPARE(lavrov->roles.size(), 2); // the rest of the entry, roles and all, came along
    // Only the edited entry is in the user file; the bundled data is untouched.
    QString error;
    const std::optional<Gazetteer> userFile = Gazetteer::fromFile(m_userFile, &error);
    QVERIFY2(userFile, qPrintable(error));
    QCOMPARE(userFile->people().size(), 1);
    QVERIFY(!Gazetteer::load({}, nullptr).personByKey(QStringLiteral("lavrov"))->aliases.contains(alias));

    // Reopened, the entry is marked as the user's and shows the alias.
    GazetteerEditorDialog again;
    QVERIFY(again.selectPerson(QStringLiteral("lavrov")));
    const int row = again.peopleTable()->currentRow();
    QCOMPARE(again.peopleTable()->item(row, 3)->text(), QStringLiteral("changed by you"));
    QCOMPARE(again.personAliases()->item(again.personAliases()->count() - 1)->text(), alias);
}

void GazetteerEditorTest::filterFindsAPersonByAlias()
{
    GazetteerEditorDialog dialog;
    const int all = visibleRows(dialog.peopleTable());
    QVERIFY(all > 50);
    dialog.personFilter()->setText(s("لافروف")); // an alias; hamza and case folding as in matching
    QVERIFY(visibleRows(dialog.peopleTable()) >= 1);
    QVERIFY(visibleRows(dialog.peopleTable()) < 5);
    bool lavrovShown = false;
    for (int i = 0; i < dialog.peopleTable()->rowCount(); ++i)
        lavrovShown = lavrovShown || (!dialog.peopleTable()->isRowHidden(i) &&
                                      dialog.peopleTable()->item(i, 1)->text() == QStringLiteral("Sergey Lavrov"));
    QVERIFY(lavrovShown);
    dialog.personFilter()->setText(QStringLiteral("lavrov"));
    QVERIFY(visibleRows(dialog.peopleTable()) >= 1);
    dialog.personFilter()->clear();
    QCOMPARE(visibleRows(dialog.peopleTable()), all);
}

void GazetteerEditorTest::invalidEditsAreRefusedWithAClearMessage()
{
    GazetteerEditorDialog dialog;
    QVERIFY(dialog.selectPerson(QStringLiteral("lavrov")));
    QTableWidget *roles = dialog.personRoles();
    QCOMPARE(roles->rowCount(), 2);
    roles->item(1, 3)->setText(QStringLiteral("2026-05"));
    roles->item(1, 4)->setText(QStringLiteral("2025"));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.lastError().contains(QStringLiteral("2026-05")) &&
                 dialog.lastError().contains(QStringLiteral("after")),
             qPrintable(dialog.lastError()));
    QVERIFY(!QFileInfo::exists(m_userFile)); // nothing half-written

    roles->item(1, 4)->setText(QString());
    dialog.personCountry()->setCurrentText(QStringLiteral("XX"));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.lastError().contains(QStringLiteral("XX")), qPrintable(dialog.lastError()));
    dialog.personCountry()->setCurrentText(QStringLiteral("RU"));

    dialog.addPerson();
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.lastError().contains(QStringLiteral("id")), qPrintable(dialog.lastError()));
    QLineEdit *id = dialog.personId();
    QVERIFY(!id->isReadOnly()); // a new entry's id is still free to choose
    id->setText(QStringLiteral("new-envoy"));
    Q_EMIT id->textEdited(id->text());
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.lastError().contains(QStringLiteral("Arabic name is empty")), qPrintable(dialog.lastError()));
    dialog.personName()->setText(s("مبعوث جديد"));
    Q_EMIT dialog.personName()->textEdited(dialog.personName()->text());
    QVERIFY2(dialog.save(), qPrintable(dialog.lastError()));
    QVERIFY(Gazetteer::load(Gazetteer::userDirectories(), nullptr).personByKey(QStringLiteral("new-envoy")));

    // A person only the user added can be removed again; a bundled one cannot.
    QVERIFY(dialog.selectPerson(QStringLiteral("new-envoy")));
    QVERIFY(dialog.removeSelectedPerson());
    QVERIFY(dialog.selectPerson(QStringLiteral("putin")));
    QVERIFY(!dialog.removeSelectedPerson());
    QVERIFY2(dialog.lastError().contains(QStringLiteral("not remove")), qPrintable(dialog.lastError()));
    QVERIFY2(dialog.save(), qPrintable(dialog.lastError()));
    QVERIFY(!Gazetteer::load(Gazetteer::userDirectories(), nullptr).personByKey(QStringLiteral("new-envoy")));
}

void GazetteerEditorTest::importAddsAColleaguesPerson()
{
    const QString path = m_home.filePath(QStringLiteral("colleague.json"));
    const QByteArray colleagueFile = R"({"format": "rasad-gazetteer", "version": 1,
        "sources": {"team": "Our team notes, 2026"},
        "people": [{"id": "ru-envoy-test", "name": "يوري تجريبوف", "name_en": "Yuri Testov", "country": "RU",
                    "aliases": ["تجريبوف"],
                    "roles": [{"title": "نائب وزير الخارجية", "country": "RU", "from": "2025-02", "to": null}],
                    "source": "team"}],
        "places": [{"id": "test-town", "name": "بلدة الاختبار", "country": "SY", "kind": "city"}]})";
    writeFile(path, colleagueFile);
    GazetteerEditorDialog dialog;
    QSignalSpy changed(&dialog, &GazetteerEditorDialog::gazetteerChanged);
    QVERIFY(!dialog.selectPerson(QStringLiteral("ru-envoy-test")));
    QVERIFY2(dialog.importFile(path), qPrintable(dialog.lastError()));
    QCOMPARE(changed.count(), 1);
    QVERIFY2(dialog.lastMessage().contains(QStringLiteral("colleague.json")) &&
                 dialog.lastMessage().contains(QStringLiteral("people 1 added, 0 changed")) &&
                 dialog.lastMessage().contains(QStringLiteral("places 1 added, 0 changed")),
             qPrintable(dialog.lastMessage()));
    QVERIFY(dialog.selectPerson(QStringLiteral("ru-envoy-test")));
    QCOMPARE(dialog.personName()->text(), s("يوري تجريبوف"));
    QCOMPARE(dialog.personRoles()->item(0, 3)->text(), QStringLiteral("2025-02"));
    QVERIFY(dialog.selectPlace(QStringLiteral("test-town")));

    const Gazetteer loaded = Gazetteer::load(Gazetteer::userDirectories(), nullptr);
    QVERIFY(loaded.personByKey(QStringLiteral("ru-envoy-test")));
    QCOMPARE(loaded.peopleByName(matchingKey(s("تجريبوف"))).size(), 1);
    QCOMPARE(loaded.sources().value(QStringLiteral("team")), QStringLiteral("Our team notes, 2026"));

    // Importing it again adds nothing new.
    QVERIFY(dialog.importFile(path));
    QVERIFY2(dialog.lastMessage().contains(QStringLiteral("people 0 added, 0 changed")),
             qPrintable(dialog.lastMessage()));
}

void GazetteerEditorTest::exportWritesAParsableFile()
{
    GazetteerEditorDialog dialog;
    QVERIFY(dialog.selectPlace(QStringLiteral("damascus")));
    const QString alias = s("الفيحاء");
    auto *item = new QListWidgetItem(dialog.placeAliases());
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setText(alias); // itemChanged: the edit a user's typing makes
    QVERIFY(dialog.hasUnsavedChanges());

    const QString everything = m_home.filePath(QStringLiteral("export-all.json"));
    QVERIFY2(dialog.exportFile(everything, GazetteerEditorDialog::ExportScope::Everything),
             qPrintable(dialog.lastError()));
    QVERIFY(!dialog.hasUnsavedChanges()); // exporting saved the pending edit first
    QString error;
    const std::optional<Gazetteer> all = Gazetteer::fromFile(everything, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->people().size(), Gazetteer::load({}, nullptr).people().size());
    QVERIFY(all->placeByKey(QStringLiteral("damascus"))->aliases.contains(alias));
    QVERIFY(!all->titles().isEmpty());

    const QString mine = m_home.filePath(QStringLiteral("export-mine.json"));
    QVERIFY(dialog.exportFile(mine, GazetteerEditorDialog::ExportScope::UserEntriesOnly));
    const std::optional<Gazetteer> userOnly = Gazetteer::fromFile(mine, &error);
    QVERIFY2(userOnly, qPrintable(error));
    QVERIFY(userOnly->people().isEmpty());
    QCOMPARE(userOnly->places().size(), 1);
    QCOMPARE(userOnly->places().constFirst().key, QStringLiteral("damascus"));
    QVERIFY(dialog.lastMessage().contains(QStringLiteral("export-mine.json")));
}

void GazetteerEditorTest::badImportNamesTheFile()
{
    const QString path = m_home.filePath(QStringLiteral("from-a-colleague-broken.json"));
    writeFile(path,
              R"({"format": "rasad-gazetteer", "version": 1, "people": [{"id": "x", "name": "س", "country": "ZZ"}]})");
    GazetteerEditorDialog dialog;
    QSignalSpy changed(&dialog, &GazetteerEditorDialog::gazetteerChanged);
    QVERIFY(!dialog.importFile(path));
    QVERIFY2(dialog.lastError().contains(QStringLiteral("from-a-colleague-broken.json")) &&
                 dialog.lastError().contains(QStringLiteral("people[0].country")),
             qPrintable(dialog.lastError()));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QFileInfo::exists(m_userFile));

    writeFile(path, "{ not json");
    QVERIFY(!dialog.importFile(path));
    QVERIFY2(dialog.lastError().contains(QStringLiteral("from-a-colleague-broken.json")),
             qPrintable(dialog.lastError()));
}

void GazetteerEditorTest::reextractSavesThenAsks()
{
    GazetteerEditorDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy reextract(&dialog, &GazetteerEditorDialog::reextractRequested);
    QVERIFY(dialog.selectPerson(QStringLiteral("lavrov")));
    dialog.personNameEn()->setText(QStringLiteral("Sergei Lavrov"));
    Q_EMIT dialog.personNameEn()->textEdited(dialog.personNameEn()->text());
    QPushButton *button = buttonWithText(&dialog, QStringLiteral("Re-extract the project with this gazetteer"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(reextract.count(), 1);
    QVERIFY(!dialog.hasUnsavedChanges());
    QCOMPARE(Gazetteer::load(Gazetteer::userDirectories(), nullptr).personByKey(QStringLiteral("lavrov"))->nameEn,
             QStringLiteral("Sergei Lavrov"));
}

void GazetteerEditorTest::explorerExtractsWithTheUserGazetteer()
{
    // The explorer's import and re-extract (StoreBackend) load the bundled gazetteer and the user's files each time.
    const QString articles = m_home.filePath(QStringLiteral("articles"));
    QVERIFY(QDir().mkpath(articles));
    writeFile(articles + QStringLiteral("/talks.txt"),
              s("التقى وزير الخارجية الروسي سيرغي لافروف في موسكو أمس المبعوث السوري نزار تجريبي.").toUtf8());
    StoreBackend backend(m_home.filePath(QStringLiteral("explorer.sqlite")));
    QString error;
    QVERIFY2(backend.open(&error), qPrintable(error));
    const auto envoyKey = [&] {
        for (const Actor &a : backend.loadDataset().actors)
            if (a.name == s("نزار تجريبي"))
                return a.key;
        return QString();
    };
    const ImportReport report = backend.importPaths({articles}, {}, nullptr);
    QVERIFY2(report.extractionError.isEmpty(), qPrintable(report.extractionError));
    QVERIFY2(envoyKey().startsWith(QStringLiteral("discovered:")), qPrintable(envoyKey())); // nobody knows him yet

    QVERIFY(QDir().mkpath(QFileInfo(m_userFile).absolutePath()));
    writeFile(m_userFile, R"({"format":"rasad-gazetteer","version":1,"sources":{"t":"written for this test"},
        "people":[{"id":"sy_envoy_test","name":"نزار تجريبي","country":"SY","source":"t",
                   "roles":[{"title":"مبعوث","country":"SY","from":"2020-01-01","to":null}]}]})");
    QVERIFY2(backend.reextract(&error), qPrintable(error));
    QCOMPARE(envoyKey(), QStringLiteral("sy_envoy_test"));
}

void GazetteerEditorTest::arabicIsTranslatedAndRightToLeft()
{
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("ar")));
    {
        GazetteerEditorDialog dialog;
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft); // inherited from the application
        QCOMPARE(dialog.windowTitle(), s("المعجم"));
        QCOMPARE(dialog.tabs()->tabText(0), s("الأشخاص"));
        QCOMPARE(dialog.tabs()->tabText(1), s("الأماكن"));
        QVERIFY(dialog.selectPerson(QStringLiteral("lavrov")));
        QCOMPARE(dialog.peopleTable()->item(dialog.peopleTable()->currentRow(), 3)->text(), s("مرفق برصد"));
        // RASAD_SCREENSHOT=file.png: the picture docs/screenshots/gazetteer-editor-ar.png is made from.
        const QString screenshot = qEnvironmentVariable("RASAD_SCREENSHOT");
        if (!screenshot.isEmpty()) {
            dialog.resize(1280, 760);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.selectPerson(QStringLiteral("lavrov")));
            QVERIFY(dialog.grab().save(screenshot));
        }
    }
    QVERIFY(language.apply(QStringLiteral("en")));
}

QTEST_MAIN(GazetteerEditorTest)
#include "tst_gazetteer_editor.moc"
