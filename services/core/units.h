#pragma once

#include <QLocale>
#include <QString>

// One convention for sizes everywhere the studio and dsstudio show them: IEC units
// (1024-based, labelled KiB, MiB, GiB) in the user's locale.
namespace Units {

inline QString bytes(qint64 size, int precision = 1)
{
    return QLocale().formattedDataSize(size, precision, QLocale::DataSizeIecFormat);
}

} // namespace Units
