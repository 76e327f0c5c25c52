/* lading-exec-wait.c
 *
 * An exec's exit code, once its stream has ended.  The engine may close the
 * stream a moment before it records the exit (`GET /exec/{id}/json` still
 * says "Running"), so this asks again, briefly, until it has a code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-exec-wait"

#include "config.h"

#include "lading-engine-error.h"
#include "lading-engine-exec.h"
#include "lading-exec-wait.h"

/* Half a second in all: longer means the process really runs on. */
#define RETRY_MS 20
#define TRIES    25

typedef struct
{
  char  *exec_id;
  guint  tries;
} Wait;

static void
wait_free (Wait *wait)
{
  g_free (wait->exec_id);
  g_free (wait);
}

static void inspect (gpointer user_data);

static void
inspect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Wait *wait = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gboolean running = FALSE;
  int exit_code = -1;

  if (!lading_engine_inspect_exec_finish (LADING_ENGINE (object), result,
                                          &running, &exit_code, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!running)
    {
      g_task_return_int (task, exit_code);
      return;
    }

  if (++wait->tries >= TRIES)
    {
      g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_FAILED,
                               "exec %s still runs after its stream ended", wait->exec_id);
      return;
    }

  g_timeout_add_once (RETRY_MS, inspect, g_steal_pointer (&task));
}

/* Adopts the task reference it is given. */
static void
inspect (gpointer user_data)
{
  GTask *task = user_data;
  Wait *wait = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  lading_engine_inspect_exec_async (g_task_get_source_object (task), wait->exec_id,
                                    g_task_get_cancellable (task), inspect_cb, task);
}

/**
 * lading_exec_wait_async:
 * @engine: the engine the exec ran on
 * @exec_id: an exec whose stream has ended
 *
 * Reads the exec's exit code, asking again for a moment while the engine
 * still counts it as running.
 */
void
lading_exec_wait_async (LadingEngine        *engine,
                        const char          *exec_id,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Wait *wait;

  g_return_if_fail (LADING_IS_ENGINE (engine));
  g_return_if_fail (exec_id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (engine, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_exec_wait_async);

  wait = g_new0 (Wait, 1);
  wait->exec_id = g_strdup (exec_id);
  g_task_set_task_data (task, wait, (GDestroyNotify)wait_free);

  inspect (g_steal_pointer (&task));
}

/**
 * lading_exec_wait_finish:
 * @exit_code: (out): the exec's exit code
 *
 * Returns: whether the exit code could be read
 */
gboolean
lading_exec_wait_finish (LadingEngine  *engine,
                         GAsyncResult  *result,
                         int           *exit_code,
                         GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gssize code;

  g_return_val_if_fail (g_task_is_valid (result, engine), FALSE);
  g_return_val_if_fail (exit_code != NULL, FALSE);

  code = g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *exit_code = (int)code;

  return TRUE;
}
