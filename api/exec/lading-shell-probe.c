/* lading-shell-probe.c
 *
 * Which shell "Open Shell" runs in a container: bash, else ash, else sh.
 *
 * Each candidate is run once as `<shell> -c 'exit 0'` (no TTY, output
 * dropped), and the first that exits with 0 wins.  Docker 20.10 starts an
 * exec of a missing binary like any other — 101, then "OCI runtime exec
 * failed: … executable file not found in $PATH" in the stream — and reports
 * exit code 126 (127 from a shell), so the exit code is what tells.  Probing
 * this way needs no shell of its own, unlike asking `sh -c 'command -v bash'`,
 * so an image that has bash but no /bin/sh works too; and nothing of a failed
 * candidate reaches the user's terminal.  The probes cost a few local round
 * trips, only when the shell opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-shell-probe"

#include "config.h"

#include "lading-engine-error.h"
#include "lading-engine-exec.h"
#include "lading-exec-wait.h"
#include "lading-shell-probe.h"

static const char * const candidates[] = { "bash", "ash", "sh" };

typedef struct
{
  char                 *container_id;
  char                 *user;
  char                 *exec_id;
  LadingHijackedStream *stream;
  guint                 candidate;
} Probe;

static void
probe_free (Probe *probe)
{
  g_clear_pointer (&probe->container_id, g_free);
  g_clear_pointer (&probe->user, g_free);
  g_clear_pointer (&probe->exec_id, g_free);
  g_clear_object (&probe->stream);
  g_free (probe);
}

static void try_candidate (GTask *task);

static void
next_candidate (GTask *task)
{
  Probe *probe = g_task_get_task_data (task);

  probe->candidate++;
  if (probe->candidate < G_N_ELEMENTS (candidates))
    {
      try_candidate (task);
      return;
    }

  /* The shell's binary is what is missing, not the container (which would be
   * LADING_ENGINE_ERROR_NOT_FOUND); a fact, not a sentence: the terminal tab
   * words it for the user. */
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "no shell: bash, ash and sh are missing");
}

static void
wait_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Probe *probe = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  int exit_code = -1;

  if (!lading_exec_wait_finish (LADING_ENGINE (object), result, &exit_code, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_debug ("%s -c 'exit 0' exited with %d", candidates[probe->candidate], exit_code);
  if (exit_code == 0)
    g_task_return_pointer (task, g_strdup (candidates[probe->candidate]), g_free);
  else
    next_candidate (task);
}

static void
stream_closed_cb (LadingHijackedStream *stream,
                  const GError         *error,
                  gpointer              user_data)
{
  GTask *task = g_object_ref (user_data);   /* handed on to wait_cb */
  Probe *probe = g_task_get_task_data (task);

  /* Drops the reference the handler held; ours keeps the task alive. */
  g_signal_handlers_disconnect_by_data (stream, task);
  g_clear_object (&probe->stream);

  if (error != NULL)
    g_debug ("Probe of %s ended with: %s", candidates[probe->candidate], error->message);

  lading_exec_wait_async (g_task_get_source_object (task), probe->exec_id,
                          g_task_get_cancellable (task), wait_cb, task);
}

static void
start_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Probe *probe = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  probe->stream = lading_engine_start_exec_finish (LADING_ENGINE (object), result, &error);
  if (probe->stream == NULL)
    {
      /* Another engine may refuse a missing binary here instead of in the stream. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
          !g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_REQUEST))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        next_candidate (task);
      return;
    }

  g_signal_connect_data (probe->stream, "closed", G_CALLBACK (stream_closed_cb),
                         g_object_ref (task), (GClosureNotify)(void (*) (void))g_object_unref, 0);
  if (g_task_get_cancellable (task) != NULL)
    g_signal_connect_object (g_task_get_cancellable (task), "cancelled",
                             G_CALLBACK (lading_hijacked_stream_close), probe->stream,
                             G_CONNECT_SWAPPED);
  lading_hijacked_stream_start (probe->stream);
}

static void
create_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Probe *probe = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&probe->exec_id, g_free);
  probe->exec_id = lading_engine_create_exec_finish (LADING_ENGINE (object), result, &error);
  if (probe->exec_id == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  lading_engine_start_exec_async (LADING_ENGINE (object), probe->exec_id, FALSE,
                                  g_task_get_cancellable (task), start_cb, g_object_ref (task));
}

static void
try_candidate (GTask *task)
{
  Probe *probe = g_task_get_task_data (task);
  const char * const argv[] = { candidates[probe->candidate], "-c", "exit 0", NULL };
  LadingExecSpec spec = { .argv = argv, .user = probe->user };

  lading_engine_create_exec_async (g_task_get_source_object (task), probe->container_id, &spec,
                                   g_task_get_cancellable (task), create_cb, g_object_ref (task));
}

/**
 * lading_shell_probe_async:
 * @engine: the engine the container runs on
 * @container_id: a running container
 * @user: (nullable): the user the shell will run as; %NULL for the container's
 *
 * Finds the best shell the container has; see the file comment.
 */
void
lading_shell_probe_async (LadingEngine        *engine,
                          const char          *container_id,
                          const char          *user,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Probe *probe;

  g_return_if_fail (LADING_IS_ENGINE (engine));
  g_return_if_fail (container_id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (engine, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_shell_probe_async);

  probe = g_new0 (Probe, 1);
  probe->container_id = g_strdup (container_id);
  probe->user = g_strdup (user);
  g_task_set_task_data (task, probe, (GDestroyNotify)probe_free);

  try_candidate (task);
}

/**
 * lading_shell_probe_finish:
 *
 * Returns: (transfer full): the shell's name, "bash", "ash" or "sh"; %NULL
 *   with %LADING_ENGINE_ERROR_NOT_FOUND when the container has none of them
 */
char *
lading_shell_probe_finish (LadingEngine  *engine,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, engine), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
