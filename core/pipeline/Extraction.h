#pragma once

#include <atomic>

namespace rasad {

class Store;
struct StoreError;

/**
 * Re-runs extraction and merging over every article in the store and replaces the extracted actors
 * and events in one transaction. Deterministic and idempotent: the same articles and rules give the
 * same record.
 */
bool extractAll(Store &store, StoreError *error, const std::atomic_bool *cancel = nullptr);

/** What extractAll's error says when `cancel` stopped it: the record is as it was before. */
extern const char *const kExtractionCancelled;

} // namespace rasad
