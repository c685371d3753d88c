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

// The texts of the code below that is not a member of LocalFiles, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalFiles)
};

} // namespace

QString notRegular(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode))
        return {};
    if (S_ISLNK(st.st_mode))
        return Text::tr("a symbolic link");
    if (S_ISDIR(st.st_mode))
        return Text::tr("a folder");
    if (S_ISFIFO(st.st_mode))
        return Text::tr("a named pipe");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Text::tr("a device");
    if (S_ISSOCK(st.st_mode))
        return Text::tr("a socket");
    return Text::tr("not a regular file");
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
