// A small stand-in for libFuzzer when the compiler is GCC: mutates a seed corpus for a bounded time
// and feeds every mutant to LLVMFuzzerTestOneInput, built with ASan and UBSan. Usage:
//   fuzz_TARGET [-max_total_time=SECONDS] [-seed=N] CORPUS_DIR_OR_FILE...
// Exits non-zero (via the sanitizers or a trap) on the first failure, saving the input as
// fuzz_TARGET-crash.bin. Each target brings its dictionary (fuzz_TARGET_dict.cpp): fragments spliced
// into mutants so the search reaches deep paths without coverage feedback.
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

extern const char *const kFuzzDictionary[];
extern const size_t kFuzzDictionarySize;

namespace {

using Bytes = std::vector<uint8_t>;


Bytes readFile(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    return Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string g_name = "fuzz"; // the program's name: messages and the crash file carry it
Bytes g_current;

void writeCrash(const Bytes &input)
{
    const std::string path = g_name + "-crash.bin";
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char *>(input.data()), std::streamsize(input.size()));
    std::fprintf(stderr, "%s: the input being run is saved in %s\n", g_name.c_str(), path.c_str());
}

void onAbort(int)
{
    writeCrash(g_current);
    std::_Exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    double seconds = 20;
    unsigned seed = 1;
    std::vector<Bytes> corpus;
    if (argc > 0)
        g_name = std::filesystem::path(argv[0]).filename().string();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("-max_total_time=", 0) == 0) {
            seconds = std::atof(a.c_str() + 16);
        } else if (a.rfind("-seed=", 0) == 0) {
            seed = unsigned(std::strtoul(a.c_str() + 6, nullptr, 10));
        } else if (a.rfind("-", 0) == 0) {
            // other libFuzzer options (-timeout=, -rss_limit_mb=): accepted and ignored
        } else if (std::filesystem::is_directory(a)) {
            for (const auto &entry : std::filesystem::directory_iterator(a))
                if (entry.is_regular_file())
                    corpus.push_back(readFile(entry.path()));
        } else if (std::filesystem::is_regular_file(a)) {
            corpus.push_back(readFile(a));
        } else {
            std::fprintf(stderr, "%s: %s: no such file or directory\n", g_name.c_str(), a.c_str());
            return 2;
        }
    }
    if (corpus.empty())
        corpus.push_back(Bytes{'1', '/', '2', '/', '2', '0', '2', '5'});
    std::signal(SIGABRT, onAbort);
    std::signal(SIGILL, onAbort);
    std::signal(SIGSEGV, onAbort);

    std::mt19937 rng(seed);
    const auto pick = [&](size_t n) { return n ? size_t(rng() % n) : 0; };
    const auto started = std::chrono::steady_clock::now();
    const auto deadline = started + std::chrono::duration<double>(seconds);
    long runs = 0;
    double slowest = 0;
    for (const Bytes &c : corpus) { // every seed as it is first
        g_current = c;
        LLVMFuzzerTestOneInput(c.data(), c.size());
        ++runs;
    }
    while (std::chrono::steady_clock::now() < deadline) {
        Bytes input = corpus[pick(corpus.size())];
        const int mutations = 1 + int(pick(8));
        for (int m = 0; m < mutations; ++m) {
            switch (pick(7)) {
            case 0: // flip a bit
                if (!input.empty())
                    input[pick(input.size())] ^= uint8_t(1u << pick(8));
                break;
            case 1: // random byte
                if (!input.empty())
                    input[pick(input.size())] = uint8_t(rng());
                break;
            case 2: { // erase a run
                if (input.empty())
                    break;
                const size_t at = pick(input.size());
                input.erase(input.begin() + long(at), input.begin() + long(std::min(input.size(), at + 1 + pick(16))));
                break;
            }
            case 3:
            case 4: { // insert a dictionary word
                if (kFuzzDictionarySize == 0)
                    break;
                const char *w = kFuzzDictionary[pick(kFuzzDictionarySize)];
                input.insert(input.begin() + long(pick(input.size() + 1)), w, w + std::strlen(w));
                break;
            }
            case 5: { // splice another seed
                const Bytes &other = corpus[pick(corpus.size())];
                if (other.empty())
                    break;
                const size_t from = pick(other.size());
                const size_t len = 1 + pick(std::min<size_t>(64, other.size() - from));
                input.insert(input.begin() + long(pick(input.size() + 1)), other.begin() + long(from),
                             other.begin() + long(from + len));
                break;
            }
            default: // duplicate a run (long repetitive inputs)
                if (input.size() > 2 && input.size() < 8192) {
                    const size_t at = pick(input.size() - 1);
                    const size_t len = 1 + pick(std::min<size_t>(32, input.size() - at));
                    const Bytes run(input.begin() + long(at), input.begin() + long(at + len));
                    input.insert(input.begin() + long(at), run.begin(), run.end());
                }
                break;
            }
        }
        g_current = input;
        const auto t0 = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(input.data(), input.size());
        const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        slowest = std::max(slowest, took);
        if (took > 2.0) {
            std::fprintf(stderr, "%s: one input of %zu bytes took %.1f s (a hang?)\n", g_name.c_str(), input.size(),
                         took);
            writeCrash(input);
            return 1;
        }
        ++runs;
        if (input.size() < 4096 && pick(64) == 0)
            corpus.push_back(input); // keep some mutants as new seeds
    }
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("%s: %ld runs in %.1f s, corpus %zu, slowest input %.2f ms, no failure\n", g_name.c_str(), runs,
                total, corpus.size(), slowest * 1000);
    return 0;
}
