#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace rasad {
class Gazetteer;
class Store;
}

namespace rasad::cli {

/** Exit codes: 0 ok, 1 some input failed, 2 usage. */
enum ExitCode { Ok = 0, InputFailed = 1, Usage = 2 };

/** What every subcommand gets: the database path (--db or the default) and its own arguments. */
struct Context
{
    QString dbPath;
    QStringList args;       // the subcommand's arguments, global options removed
    QTextStream &out;       // stdout, UTF-8
    QTextStream &err;       // stderr, UTF-8
};

/** What a command does with the store: a damaged store (opened read-only) is refused for writing. */
enum class StoreUse { Read, Write };

/**
 * Opens the store at ctx.dbPath, or null after saying on stderr why. A damaged store (it failed
 * PRAGMA quick_check) is opened read-only with a warning naming the file and the way out (`recover`);
 * StoreUse::Write then refuses it before anything is read or written.
 */
std::unique_ptr<Store> openStore(const Context &ctx, StoreUse use);

/**
 * What extraction recognises people and places by: the bundled gazetteer and the user's files, read
 * afresh (`gazetteer import` or the explorer's editor may have changed them). A bad file is skipped
 * with a warning on stderr.
 */
Gazetteer loadGazetteer();

int runImport(const Context &ctx);
int runArticles(const Context &ctx);
int runActors(const Context &ctx);
int runEvents(const Context &ctx);
int runWhy(const Context &ctx);
int runExport(const Context &ctx);
int runSearch(const Context &ctx);
int runDates(const Context &ctx);
int runReextract(const Context &ctx);
int runAudit(const Context &ctx);
int runGazetteer(const Context &ctx);
int runRecover(const Context &ctx);

} // namespace rasad::cli
