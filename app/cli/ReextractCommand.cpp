// rasad-cli reextract: re-runs extraction and merging over every article in the store, after a rule,
// lexicon or gazetteer change. Deterministic: running it twice gives the same record.
#include "Cli.h"

#include "pipeline/Extraction.h"
#include "store/Store.h"

#include <QElapsedTimer>

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
    if (!extractAll(*store, &error)) {
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
