// The curation dialogs driven as a researcher would, on a real project file (offscreen).
#include "curation/ActorEditorDialog.h"
#include "curation/CurationPanel.h"
#include "curation/EventEditorDialog.h"
#include "curation/FuzzyDateEditor.h"
#include "curation/undo/CurationSession.h"
#include "store/Store.h"
#include "store/StoreCorrectionLog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rasad;

namespace {

Actor person(const QString &key, const QString &name, const QString &country, bool discovered = false)
{
    Actor a;
    a.key = key;
    a.name = name;
    a.country = country;
    a.discovered = discovered;
    return a;
}

const Event *eventFrom(const Dataset &d, qint64 article)
{
    for (const Event &e : d.events)
        for (const EventSource &s : e.sources)
            if (s.articleId == article)
                return &e;
    return nullptr;
}

qint64 actorId(const Dataset &d, const QString &key)
{
    for (const Actor &a : d.actors)
        if (a.key == key)
            return a.id;
    return 0;
}

} // namespace

class CurationUiTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergeTwoActorsFromTheActorEditor();
    void editAnEventDateFromTheEventEditor();
    void reviewQueueListsDiscoveredFirst();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void CurationUiTest::init()
{
    StoreError error;
    m_store = Store::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())), &error);
    QVERIFY2(m_store, qPrintable(error.message));
    for (int i = 1; i <= 2; ++i) {
        Article a;
        a.fileName = QStringLiteral("report%1.txt").arg(i);
        a.originalText = QStringLiteral("خبر رقم %1").arg(i);
        QCOMPARE(m_store->addArticle(a, &error), AddOutcome::Inserted);
    }
    QList<Actor> actors{person(QStringLiteral("ru-envoy"), QStringLiteral("ألكسندر لافرنتييف"), QStringLiteral("RU")),
                        person(QStringLiteral("discovered:lavrentiev"), QStringLiteral("لافرينتيف"), QStringLiteral("RU"), true),
                        person(QStringLiteral("sy-fm"), QStringLiteral("وزير الخارجية السوري"), QStringLiteral("SY"))};
    Event first;
    first.type = EventType::Meeting;
    first.date = FuzzyDate{QDate(2025, 9, 1), QDate(2025, 9, 30), Granularity::Month, {}, QStringLiteral("أيلول")};
    first.participants = {{0, {}}, {2, {}}};
    first.confidence = 0.8;
    first.sources = {EventSource{1, QStringLiteral("report1.txt"), 0, 8, QStringLiteral("خبر رقم 1"), 0.8, first.date}};
    Event second;
    second.type = EventType::Call;
    second.participants = {{1, {}}, {2, {}}};
    second.confidence = 0.3;
    second.sources = {EventSource{2, QStringLiteral("report2.txt"), 0, 8, QStringLiteral("خبر رقم 2"), 0.3, {}}};
    QList<Event> events{first, second};
    QVERIFY2(m_store->replaceExtraction(actors, events, &error), qPrintable(error.message));
}

void CurationUiTest::cleanup()
{
    m_store.reset();
}

void CurationUiTest::mergeTwoActorsFromTheActorEditor()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    const qint64 keep = actorId(session.dataset(), QStringLiteral("ru-envoy"));
    const qint64 duplicate = actorId(session.dataset(), QStringLiteral("discovered:lavrentiev"));
    QCOMPARE(session.dataset().actors.size(), 3);

    ActorEditorDialog dialog(session, keep);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *combo = dialog.mergeCombo();
    combo->setCurrentIndex(combo->findData(duplicate));
    QVERIFY(combo->currentIndex() >= 0);
    auto *mergeButton = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    QVERIFY(mergeButton);
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    dialog.accept();

    // In the session and in the file: one actor, holding the other's spelling and its call.
    const Dataset merged = m_store->loadDataset();
    QCOMPARE(merged.actors.size(), 2);
    QVERIFY(merged.actor(keep)->aliases.contains(QStringLiteral("لافرينتيف")));
    const Event *call = eventFrom(merged, 2);
    QVERIFY(std::any_of(call->participants.cbegin(), call->participants.cend(),
                        [&](const Participant &p) { return p.actorId == keep; }));
    QCOMPARE(session.dataset().actors.size(), 2);

    session.undoStack()->undo();
    QCOMPARE(m_store->loadDataset().actors.size(), 3);
    session.undoStack()->redo();
    QCOMPARE(m_store->loadDataset().actors.size(), 2);
}

void CurationUiTest::editAnEventDateFromTheEventEditor()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    const qint64 id = eventFrom(session.dataset(), 1)->id;
    EventEditorDialog dialog(session, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    FuzzyDateEditor *date = dialog.dateEditor();
    QCOMPARE(date->mode(), FuzzyDateEditor::Month);
    date->setMode(FuzzyDateEditor::PartOfMonth);
    date->setPart(FuzzyDateEditor::Middle);
    date->findChild<QDateEdit *>(QStringLiteral("dateStart"))->setDate(QDate(2025, 10, 3));
    dialog.locationEdit()->setText(QStringLiteral("سوتشي"));
    dialog.accept();

    const Event *edited = eventFrom(m_store->loadDataset(), 1);
    QCOMPARE(edited->date.start, QDate(2025, 10, 11));
    QCOMPARE(edited->date.end, QDate(2025, 10, 20));
    QCOMPARE(edited->date.granularity, Granularity::PartOfMonth);
    QCOMPARE(edited->dateSource, DateSource::User);
    QCOMPARE(edited->location, QStringLiteral("سوتشي"));
    QCOMPARE(session.undoStack()->count(), 1); // date and place: one undo step

    session.undoStack()->undo();
    const Event *restored = eventFrom(m_store->loadDataset(), 1);
    QCOMPARE(restored->date.start, QDate(2025, 9, 1));
    QCOMPARE(restored->date.granularity, Granularity::Month);
    QVERIFY(restored->location.isEmpty());
}

void CurationUiTest::reviewQueueListsDiscoveredFirst()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    CurationPanel panel(session);
    QTableWidget *queue = panel.queue();
    QVERIFY(queue->rowCount() >= 3);
    QCOMPARE(queue->item(0, 1)->text(), QStringLiteral("لافرينتيف"));
    QVERIFY(queue->item(1, 2)->text().contains(QStringLiteral("no date"))); // the undated, least confident event
    // Verifying takes it off the queue, and the history shows the correction.
    queue->setCurrentCell(0, 0);
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    auto *verify = panel.findChildren<QPushButton *>().at(1);
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(queue->item(0, 0)->text(), panel.tr("Event"));
    QVERIFY(panel.exportAuditLog(path));
    QFile audit(path);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QVERIFY(audit.readAll().contains("verify,actor:discovered:lavrentiev"));
}

QTEST_MAIN(CurationUiTest)
#include "tst_curation_ui.moc"
