#pragma once

#include <QString>

// POSIX file operations the Qt file classes do not offer, for files the studio creates where
// something else may already be (a planted link, a pipe, another process's file).
namespace LocalFiles {

// What lstat() finds at `path`, in words ("a symbolic link", "a named pipe", …), when it is
// anything but a regular file; empty when nothing is there or a regular file is.
QString notRegular(const QString &path);

// Creates `path` afresh for reading and writing (O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC),
// never through what is already there; the descriptor, or -1 with errno set (EEXIST when
// something is in the way). `mode` is filtered by the umask.
int createExclusive(const QString &path, unsigned mode);

// rename(): `to` is replaced by `from` in one step; false with errno set.
bool replace(const QString &from, const QString &to);

// The text of the current errno, for an error's detail.
QString errnoText();

} // namespace LocalFiles
