#include "services/net/fileregion.h"

#include <algorithm>

FileRegionDevice::FileRegionDevice(const FileRegion &region, QObject *parent)
    : QIODevice(parent), m_region(region), m_file(region.path)
{
}

FileRegionDevice::~FileRegionDevice() = default;

bool FileRegionDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly || !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    return QIODevice::open(ReadOnly | Unbuffered);
}

void FileRegionDevice::close()
{
    m_file.close();
    QIODevice::close();
}

qint64 FileRegionDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_region.length - pos();
    if (left <= 0)
        return -1; // the end of the region
    if (!m_file.seek(m_region.offset + pos()))
        return -1;
    const qint64 read = m_file.read(data, std::min(maxSize, left));
    if (read == 0)
        return -1; // the file is shorter than the region: it changed; the length check says so
    return read;
}
