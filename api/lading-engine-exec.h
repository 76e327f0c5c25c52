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

/* Exec create sets `Env: ["TERM=xterm-256color"]` for a TTY, and `ConsoleSize`
 * when the negotiated API is 1.42 or later and @rows and @columns are nonzero.
 * @user may be NULL (the container's user). */
void                  lading_engine_create_exec_async          (LadingEngine         *engine,
                                                                const char           *container_id,
                                                                const char * const   *argv,
                                                                const char           *user,
                                                                gboolean              tty,
                                                                guint                 rows,
                                                                guint                 columns,
                                                                GCancellable         *c,
                                                                GAsyncReadyCallback   cb,
                                                                gpointer              d);
/* Returns the exec id. */
char                 *lading_engine_create_exec_finish         (LadingEngine         *engine,
                                                                GAsyncResult         *r,
                                                                GError              **e);
void                  lading_engine_start_exec_async           (LadingEngine         *engine,
                                                                const char           *exec_id,
                                                                gboolean              tty,
                                                                GCancellable         *c,
                                                                GAsyncReadyCallback   cb,
                                                                gpointer              d);
LadingHijackedStream *lading_engine_start_exec_finish          (LadingEngine         *engine,
                                                                GAsyncResult         *r,
                                                                GError              **e);
/* @detach_keys: NULL for the engine's default (Ctrl-P Ctrl-Q). */
void                  lading_engine_attach_container_async     (LadingEngine         *engine,
                                                                const char           *container_id,
                                                                gboolean              tty,
                                                                gboolean              with_stdin,
                                                                const char           *detach_keys,
                                                                GCancellable         *c,
                                                                GAsyncReadyCallback   cb,
                                                                gpointer              d);
LadingHijackedStream *lading_engine_attach_container_finish    (LadingEngine         *engine,
                                                                GAsyncResult         *r,
                                                                GError              **e);
void                  lading_engine_resize_exec_async          (LadingEngine         *engine,
                                                                const char           *exec_id,
                                                                guint                 rows,
                                                                guint                 columns,
                                                                GCancellable         *c,
                                                                GAsyncReadyCallback   cb,
                                                                gpointer              d);
gboolean              lading_engine_resize_exec_finish         (LadingEngine         *engine,
                                                                GAsyncResult         *r,
                                                                GError              **e);
void                  lading_engine_resize_container_async     (LadingEngine         *engine,
                                                                const char           *container_id,
                                                                guint                 rows,
                                                                guint                 columns,
                                                                GCancellable         *c,
                                                                GAsyncReadyCallback   cb,
                                                                gpointer              d);
gboolean              lading_engine_resize_container_finish    (LadingEngine         *engine,
                                                                GAsyncResult         *r,
                                                                GError              **e);
void                  lading_engine_inspect_exec_async         (LadingEngine         *engine,
                                                                const char           *exec_id,
                                                                GCancellable         *c,
                                                                GAsyncReadyCallback   cb,
                                                                gpointer              d);
/* *running is TRUE while ExitCode is null; *exit_code is valid when not running. */
gboolean              lading_engine_inspect_exec_finish        (LadingEngine         *engine,
                                                                GAsyncResult         *r,
                                                                gboolean             *running,
                                                                int                  *exit_code,
                                                                GError              **e);

G_END_DECLS
