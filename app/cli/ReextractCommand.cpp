// rasad-cli reextract: re-runs extraction and merging over every article in the store, after a rule,
// lexicon or gazetteer change. Deterministic: running it twice gives the same record.
#include "Cli.h"
#include "Interrupt.h"

#include "gazetteer/Gazetteer.h"
#include "pipeline/Extraction.h"
#include "store/Store.h"

#include <QElapsedTimer>

#include <csignal>

namespace rasad::cli {

int runReextract(const Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.err << "rasad-cli reextract: takes no arguments (got '" << ctx.args.join(QLatin1Char(' ')) << "')\n";
        return Usage;
    }
    const std::unique_ptr<Store> store = openStore(ctx, StoreUse::Write);
    if (!store)
        return InputFailed;
    StoreError error;
    QElapsedTimer timer;
    timer.start();
    // Nothing is written until the new record replaces the old in one transaction: a signal keeps the old.
    Interrupt interrupt("\nrasad-cli reextract: stopped by a signal; kept: the record as it was before\n");
    const bool done = extractAll(*store, loadGazetteer(), &error, interrupt.flag());
    interrupt.finish();
    if (!done && interrupt.signal() != 0) {
        ctx.err << "rasad-cli reextract: cancelled by " << (interrupt.signal() == SIGTERM ? "SIGTERM" : "SIGINT")
                << "; kept: the record as it was before\n";
        return interrupt.exitCode();
    }
    if (!done) {
        ctx.err << "rasad-cli reextract: " << error.message << '\n';
        return InputFailed;
    }
    const Dataset data = store->loadDataset();
    if (const StoreError readError = store->readError()) {
        ctx.err << "rasad-cli reextract: " << readError.message << '\n';
        return InputFailed;
    }
    int discovered = 0;
    for (const Actor &a : data.actors)
        discovered += a.discovered ? 1 : 0;
    ctx.out << "Re-extracted " << data.articles.size() << " articles in " << timer.elapsed()
            << " ms: " << data.actors.size() << " actors (" << discovered << " discovered, to review), "
            << data.events.size() << " events\n";
    return Ok;
}

} // namespace rasad::cli
