#pragma once

// What every fuzz target shares: FUZZ_CHECK(condition, what) stops the run (abort(), which
// libFuzzer reports with the input that caused it) when a property does not hold.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QString>

#define FUZZ_CHECK(condition, what)                                                                  \
    do {                                                                                             \
        if (!(condition)) {                                                                          \
            std::fprintf(stderr, "fuzz property failed: %s (%s:%d): %s\n", #condition, __FILE__, __LINE__, \
                         qPrintable(QString(what)));                                                 \
            std::abort();                                                                            \
        }                                                                                            \
    } while (false)

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
