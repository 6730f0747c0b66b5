#pragma once

#include <QHashSeed>

namespace rasad {

/**
 * Call first in main(), before any QHash exists: every QHash then hashes with seed 0.
 * - The same articles give the same record in the same order, run after run (iteration order of a
 *   QHash no longer changes between processes), which makes exports and bug reports reproducible.
 * - With a seed, Qt hashes strings with AES instructions; where those are emulated (virtual machines
 *   such as the one our benchmarks run on) one word's hash took 112 ns against 6 ns without, and
 *   extraction hashes every word of every article dozens of times (bench_ingest: 2.6× the speed).
 * The cost is that hash tables are no longer salted against crafted collisions; Rasad reads the
 * user's own files on the user's machine, where that attack buys nothing.
 */
inline void useReproducibleHashing()
{
    QHashSeed::setDeterministicGlobalSeed();
}

} // namespace rasad
