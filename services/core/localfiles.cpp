#include "services/core/localfiles.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

#include <QCoreApplication>
#include <QFile>

namespace LocalFiles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LocalFiles", text);
}

} // namespace

QString notRegular(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode))
        return {};
    if (S_ISLNK(st.st_mode))
        return tr("a symbolic link");
    if (S_ISDIR(st.st_mode))
        return tr("a folder");
    if (S_ISFIFO(st.st_mode))
        return tr("a named pipe");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return tr("a device");
    if (S_ISSOCK(st.st_mode))
        return tr("a socket");
    return tr("not a regular file");
}

int createExclusive(const QString &path, unsigned mode)
{
    return ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode));
}

bool replace(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace LocalFiles
