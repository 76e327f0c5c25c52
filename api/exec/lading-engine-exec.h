/* lading-engine-exec.h
 *
 * Interactive sessions: exec, attach and TTY resize.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-engine.h"
#include "lading-hijacked-stream.h"

G_BEGIN_DECLS

/* What an exec runs, and how. */
typedef struct
{
  const char * const *argv;     /* the command, e.g. { "sh", NULL } */
  const char * const *env;      /* extra "NAME=value"s, or NULL */
  const char         *user;     /* "user", "user:group" or a uid; NULL: the container's */
  gboolean            tty;
  guint               rows;     /* the terminal's size, or 0 when unknown */
  guint               columns;
} LadingExecSpec;

/* Exec create sets `TERM=xterm-256color` for a TTY (before @spec's env), and
 * `ConsoleSize` when the negotiated API is 1.42 or later and the size is
 * known. */
void                  lading_engine_create_exec_async          (LadingEngine         *self,
                                                                const char           *container_id,
                                                                const LadingExecSpec *spec,
                                                                GCancellable         *cancellable,
                                                                GAsyncReadyCallback   callback,
                                                                gpointer              user_data);
/* Returns the exec id. */
char                 *lading_engine_create_exec_finish         (LadingEngine         *self,
                                                                GAsyncResult         *result,
                                                                GError              **error);
void                  lading_engine_start_exec_async           (LadingEngine         *self,
                                                                const char           *exec_id,
                                                                gboolean              tty,
                                                                GCancellable         *cancellable,
                                                                GAsyncReadyCallback   callback,
                                                                gpointer              user_data);
LadingHijackedStream *lading_engine_start_exec_finish          (LadingEngine         *self,
                                                                GAsyncResult         *result,
                                                                GError              **error);
/* @detach_keys: NULL for the engine's default (Ctrl-P Ctrl-Q). */
void                  lading_engine_attach_container_async     (LadingEngine         *self,
                                                                const char           *container_id,
                                                                gboolean              tty,
                                                                gboolean              with_stdin,
                                                                const char           *detach_keys,
                                                                GCancellable         *cancellable,
                                                                GAsyncReadyCallback   callback,
                                                                gpointer              user_data);
LadingHijackedStream *lading_engine_attach_container_finish    (LadingEngine         *self,
                                                                GAsyncResult         *result,
                                                                GError              **error);
void                  lading_engine_resize_exec_async          (LadingEngine         *self,
                                                                const char           *exec_id,
                                                                guint                 rows,
                                                                guint                 columns,
                                                                GCancellable         *cancellable,
                                                                GAsyncReadyCallback   callback,
                                                                gpointer              user_data);
gboolean              lading_engine_resize_exec_finish         (LadingEngine         *self,
                                                                GAsyncResult         *result,
                                                                GError              **error);
void                  lading_engine_resize_container_async     (LadingEngine         *self,
                                                                const char           *container_id,
                                                                guint                 rows,
                                                                guint                 columns,
                                                                GCancellable         *cancellable,
                                                                GAsyncReadyCallback   callback,
                                                                gpointer              user_data);
gboolean              lading_engine_resize_container_finish    (LadingEngine         *self,
                                                                GAsyncResult         *result,
                                                                GError              **error);
void                  lading_engine_inspect_exec_async         (LadingEngine         *self,
                                                                const char           *exec_id,
                                                                GCancellable         *cancellable,
                                                                GAsyncReadyCallback   callback,
                                                                gpointer              user_data);
/* *running is TRUE while ExitCode is null; *exit_code is valid when not running. */
gboolean              lading_engine_inspect_exec_finish        (LadingEngine         *self,
                                                                GAsyncResult         *result,
                                                                gboolean             *running,
                                                                int                  *exit_code,
                                                                GError              **error);

G_END_DECLS
