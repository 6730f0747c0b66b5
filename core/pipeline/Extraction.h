#pragma once

#include <atomic>

namespace rasad {

class Gazetteer;
class Store;
struct StoreError;

/**
 * Re-runs extraction and merging over every article in the store and replaces the extracted actors
 * and events in one transaction. Deterministic and idempotent: the same articles, rules and gazetteer
 * give the same record. The gazetteer is the caller's: the programs load the bundled one and the user's
 * files (Gazetteer::load(Gazetteer::userDirectories(), …)) afresh for each run, tests give their own.
 */
bool extractAll(Store &store, const Gazetteer &gazetteer, StoreError *error, const std::atomic_bool *cancel = nullptr);

/** What extractAll's error says when `cancel` stopped it: the record is as it was before. */
extern const char *const kExtractionCancelled;

} // namespace rasad
