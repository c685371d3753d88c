#pragma once

#include <algorithm>

#include <QLocale>
#include <QString>

// One convention for sizes everywhere the studio and dsstudio show them: IEC units
// (1024-based, labelled KiB, MiB, GiB) in the user's locale.
namespace Units {

inline QString bytes(qint64 size, int precision = 1)
{
    return QLocale().formattedDataSize(size, precision, QLocale::DataSizeIecFormat);
}

// A time left, as a person reads it: "45 s", "3 min 20 s", "2 h 05 min".
inline QString duration(qint64 ms)
{
    const qint64 s = (std::max<qint64>(ms, 0) + 999) / 1000;
    if (s < 60)
        return QString::number(s) + QStringLiteral(" s");
    if (s < 3600)
        return QString::number(s / 60) + QStringLiteral(" min ") + QString::number(s % 60) + QStringLiteral(" s");
    return QString::number(s / 3600) + QStringLiteral(" h ") + QStringLiteral("%1").arg(s % 3600 / 60, 2, 10, QLatin1Char('0'))
        + QStringLiteral(" min");
}

} // namespace Units
