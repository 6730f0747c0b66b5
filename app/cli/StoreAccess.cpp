// How every rasad-cli command opens the project file: one place that warns about a damaged store and
// keeps the commands that write away from it. And the gazetteer the commands that extract read.
#include "Cli.h"

#include "gazetteer/Gazetteer.h"
#include "store/Store.h"

#include <QDir>
#include <QtDebug>

namespace rasad::cli {

Gazetteer loadGazetteer()
{
    QStringList warnings;
    Gazetteer gazetteer = Gazetteer::load(Gazetteer::userDirectories(), &warnings);
    for (const QString &warning : std::as_const(warnings))
        qWarning().noquote() << warning;
    return gazetteer;
}

std::unique_ptr<Store> openStore(const Context &ctx, StoreUse use)
{
    StoreError error;
    std::unique_ptr<Store> store = Store::open(ctx.dbPath, &error);
    if (!store) {
        ctx.err << "rasad-cli: " << error.message << '\n';
        return nullptr;
    }
    if (store->isReadOnly() && store->damage().isEmpty()) {
        // A read-only file or folder: it can be read; nothing is written.
        ctx.err << "rasad-cli: note: " << store->readOnlyReason() << "; opened read-only\n";
        if (use == StoreUse::Write) {
            ctx.err << "rasad-cli: " << QDir::toNativeSeparators(ctx.dbPath)
                    << ": not changed: the project file cannot be written; copy it to a writable folder\n";
            return nullptr;
        }
        return store;
    }
    if (store->isReadOnly()) {
        const QString file = QDir::toNativeSeparators(ctx.dbPath);
        ctx.err << "rasad-cli: warning: " << store->damage() << "; opened read-only\n"
                << "rasad-cli: copy what is readable into a new file with: rasad-cli --db " << file
                << " recover --out NEW.sqlite\n";
        if (use == StoreUse::Write) {
            ctx.err << "rasad-cli: " << file << ": not changed: a damaged project file is never written to\n";
            return nullptr;
        }
    }
    return store;
}

} // namespace rasad::cli
