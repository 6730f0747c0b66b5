#include "Cli.h"

// Placeholder: the owner of this command replaces it.
namespace rasad::cli {
int runDates(const Context &ctx) { ctx.err << "rasad-cli: not built yet\n"; return Usage; }
} // namespace rasad::cli
