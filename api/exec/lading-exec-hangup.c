/* lading-exec-hangup.c
 *
 * Ends the processes of a shell whose terminal has gone.
 *
 * Docker keeps an exec's process and TTY alive after its client closes the
 * connection (moby/moby#9098) and has no call to end an exec, so a closed
 * shell tab would leave its shell, and whatever runs in it, behind for good.
 * A real terminal sends SIGHUP when it closes; this does the same from
 * inside the container: each shell session is started with a marker in its
 * environment, which every process started from it inherits, and a second,
 * short exec sends SIGHUP to the processes whose environment holds it.
 *
 * The second exec runs as the same user as the shell (who may signal its own
 * processes) and needs `sh`, `tr` and `grep` in the container; without them
 * it fails quietly and the shell runs on, as before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-exec-hangup"

#include "config.h"

#include "lading-engine-exec.h"
#include "lading-exec-hangup.h"

/* $1 is the marker; it reaches the script as an argument so that it is not
 * in the script's own environment, and the script never signals itself. */
static const char hangup_script[] =
  "for dir in /proc/[0-9]*; do "
  "  if tr '\\0' '\\n' < \"$dir/environ\" 2>/dev/null | grep -qxF \"$1\"; then "
  "    kill -HUP \"${dir#/proc/}\" 2>/dev/null; "
  "  fi; "
  "done";

/* A marker no other session shares: "LADING_SESSION=<uuid>". */
char *
lading_exec_hangup_new_marker (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat (LADING_EXEC_SESSION_VARIABLE "=", uuid, NULL);
}

static void
closed_cb (LadingHijackedStream *stream,
           const GError         *error,
           gpointer              user_data)
{
  if (error != NULL)
    g_debug ("Hanging up a shell session: %s", error->message);

  g_object_unref (stream);
}

static void
start_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  LadingHijackedStream *stream;

  stream = lading_engine_start_exec_finish (LADING_ENGINE (object), result, &error);
  if (stream == NULL)
    {
      g_debug ("Hanging up a shell session: %s", error->message);
      return;
    }

  /* The stream keeps itself until the script ends and closes it. */
  g_signal_connect (stream, "closed", G_CALLBACK (closed_cb), NULL);
  lading_hijacked_stream_close_write (stream);
  lading_hijacked_stream_start (stream);
}

static void
create_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exec_id = NULL;

  exec_id = lading_engine_create_exec_finish (LADING_ENGINE (object), result, &error);
  if (exec_id == NULL)
    {
      /* A container that stopped has taken the shell with it already. */
      g_debug ("Hanging up a shell session: %s", error->message);
      return;
    }

  lading_engine_start_exec_async (LADING_ENGINE (object), exec_id, FALSE, NULL, start_cb, NULL);
}

/**
 * lading_exec_hangup:
 * @user: (nullable): the user the session's shell runs as
 * @marker: the session's marker, from lading_exec_hangup_new_marker(), which
 *   the shell was started with in its environment
 *
 * Sends SIGHUP to every process in the container that has @marker in its
 * environment.  Fire and forget: nothing waits for it, and failures only
 * mean the processes run on.
 */
void
lading_exec_hangup (LadingEngine *engine,
                    const char   *container_id,
                    const char   *user,
                    const char   *marker)
{
  const char * const argv[] = { "sh", "-c", hangup_script, "lading-hangup", marker, NULL };
  LadingExecSpec spec = { .argv = argv, .user = user };

  g_return_if_fail (LADING_IS_ENGINE (engine));
  g_return_if_fail (container_id != NULL);
  g_return_if_fail (marker != NULL);

  lading_engine_create_exec_async (engine, container_id, &spec, NULL, create_cb, NULL);
}
