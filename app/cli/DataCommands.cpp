#include "Cli.h"

// Placeholder: the owner of this command replaces it.
namespace rasad::cli {
int runArticles(const Context &ctx) { ctx.err << "rasad-cli: not built yet\n"; return Usage; }
int runActors(const Context &ctx) { ctx.err << "rasad-cli: not built yet\n"; return Usage; }
int runEvents(const Context &ctx) { ctx.err << "rasad-cli: not built yet\n"; return Usage; }
int runExport(const Context &ctx) { ctx.err << "rasad-cli: not built yet\n"; return Usage; }
int runSearch(const Context &ctx) { ctx.err << "rasad-cli: not built yet\n"; return Usage; }
} // namespace rasad::cli
