/* lading-store-snapshot.c
 *
 * The containers of a connected engine at one moment: what the first page
 * shows.  Nothing here needs the main thread, so the start-up takes its
 * snapshot in a thread of its own while GTK initialises, and the store
 * starts from it (see lading-startup.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-store"

#include "config.h"

#include "lading-store-snapshot-private.h"

void
lading_store_snapshot_free (LadingStoreSnapshot *snapshot)
{
  g_clear_pointer (&snapshot->containers, g_ptr_array_unref);
  g_clear_pointer (&snapshot->since, g_date_time_unref);
  g_free (snapshot);
}

static void
list_containers_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(LadingStoreSnapshot) snapshot = g_new0 (LadingStoreSnapshot, 1);
  GDateTime *since = lading_engine_get_connected_at (LADING_ENGINE (object));
  GError *error = NULL;

  if (!(snapshot->containers = lading_engine_list_containers_finish (LADING_ENGINE (object),
                                                                      result, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  if (since != NULL)
    snapshot->since = g_date_time_ref (since);
  g_task_return_pointer (task, g_steal_pointer (&snapshot),
                         (GDestroyNotify)lading_store_snapshot_free);
}

/**
 * lading_store_snapshot_take_async:
 * @engine: a connected engine
 *
 * Lists @engine's containers, in the thread-default main context.
 */
void
lading_store_snapshot_take_async (LadingEngine        *engine,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LADING_IS_ENGINE (engine));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (engine, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_store_snapshot_take_async);
  lading_engine_list_containers_async (engine, cancellable, list_containers_cb,
                                       g_steal_pointer (&task));
}

/**
 * lading_store_snapshot_take_finish:
 *
 * Returns: (transfer full): the snapshot
 */
LadingStoreSnapshot *
lading_store_snapshot_take_finish (LadingEngine  *engine,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, engine), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        lading_store_snapshot_take_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
