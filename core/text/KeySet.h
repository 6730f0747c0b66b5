#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

#include <array>

namespace rasad {

/**
 * A one-sided filter in front of a set of word keys: mayContain() is false for most words not in the set,
 * at the cost of a few instructions instead of hashing the whole string. Extraction asks dozens of word
 * lists about every word of every article and nearly all answers are "no", so the answer is found here
 * before any hash is computed. Bits come from a word's length and its first and last letters.
 */
class KeyFilter
{
public:
    void add(QStringView key) { m_bits[bit(key) >> 6] |= quint64(1) << (bit(key) & 63); }
    bool mayContain(QStringView key) const { return m_bits[bit(key) >> 6] & (quint64(1) << (bit(key) & 63)); }
    void unite(const KeyFilter &other)
    {
        for (size_t i = 0; i < m_bits.size(); ++i)
            m_bits[i] |= other.m_bits[i];
    }

private:
    static quint32 bit(QStringView key)
    {
        if (key.isEmpty())
            return 0;
        quint32 x = quint32(key.front().unicode()) | (quint32(key.back().unicode()) << 16);
        x ^= quint32(key.size()) * 0x27d4eb2dU;
        x *= 0x9e3779b1U;
        return x >> (32 - kBitsLog2);
    }
    static constexpr int kBitsLog2 = 12; // 4,096 bits: a few hundred keys fill under a tenth of them
    std::array<quint64, (1 << kBitsLog2) / 64> m_bits{};
};

/** A set of word keys (matching keys) answering contains() through a KeyFilter first. */
class KeySet
{
public:
    KeySet() = default;
    KeySet(const QSet<QString> &keys) // NOLINT: implicit, so lexicon loaders assign their QSets
    {
        for (const QString &k : keys)
            insert(k);
    }
    void insert(const QString &key)
    {
        m_filter.add(key);
        m_keys.insert(key);
    }
    void unite(const KeySet &other)
    {
        m_filter.unite(other.m_filter);
        m_keys.unite(other.m_keys);
    }
    bool contains(const QString &key) const { return m_filter.mayContain(key) && m_keys.contains(key); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }
    const QSet<QString> &keys() const { return m_keys; }

private:
    KeyFilter m_filter;
    QSet<QString> m_keys;
};

} // namespace rasad
