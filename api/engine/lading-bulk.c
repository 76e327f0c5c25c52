/* lading-bulk.c
 *
 * Runs one container action over many containers with bounded concurrency:
 * a fixed number of requests in flight, the next one sent as each ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-bulk"

#include "config.h"

#include "lading-api-enums.h"
#include "lading-bulk.h"

struct _LadingBulk
{
  GObject                     parent_instance;

  /* Owned */
  LadingEngine               *engine;
  char                      **ids;
  /* One per id: NULL while pending or after success */
  GPtrArray                  *errors;
  /* One per id: whether its action has ended */
  GArray                     *done;
  /* The run, while it runs */
  GTask                      *task;

  LadingContainerAction       action;
  LadingContainerActionFlags  flags;
  guint                       max_concurrent;
  guint                       n_items;
  guint                       n_started;
  guint                       n_running;
  guint                       n_done;
  guint                       n_failed;

  guint                       has_run : 1;
};

G_DEFINE_FINAL_TYPE (LadingBulk, lading_bulk, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_ACTION,
  PROP_FLAGS,
  PROP_IDS,
  PROP_MAX_CONCURRENT,
  PROP_N_ITEMS,
  PROP_N_DONE,
  PROP_N_FAILED,
  N_PROPS
};

enum {
  SIGNAL_ITEM_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void start_next (LadingBulk *self);

static gboolean
is_cancelled (LadingBulk *self)
{
  return g_cancellable_is_cancelled (g_task_get_cancellable (self->task));
}

static void
complete_if_idle (LadingBulk *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->n_running > 0 || (self->n_started < self->n_items && !is_cancelled (self)))
    return;

  task = g_steal_pointer (&self->task);
  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_boolean (task, TRUE);
}

static void
record_outcome (LadingBulk *self,
                guint       index,
                GError     *error)
{
  g_object_freeze_notify (G_OBJECT (self));

  g_array_index (self->done, gboolean, index) = TRUE;
  self->n_done++;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_DONE]);

  if (error != NULL)
    {
      g_ptr_array_index (self->errors, index) = error;
      self->n_failed++;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_FAILED]);
    }

  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals [SIGNAL_ITEM_FINISHED], 0, self->ids[index], error);
}

/* One request in flight: the engine answers in its own order, so the index
 * of its id travels with it. */
typedef struct
{
  LadingBulk *self;
  guint       index;
} Item;

static void
item_free (Item *item)
{
  g_object_unref (item->self);
  g_free (item);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Item, item_free)

static void
action_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  LadingEngine *engine = (LadingEngine *)object;
  g_autoptr(Item) item = user_data;
  LadingBulk *self = item->self;
  GError *error = NULL;

  g_assert (LADING_IS_BULK (self));

  if (!lading_engine_container_action_finish (engine, result, &error))
    {
      g_autofree char *action = g_enum_to_string (LADING_TYPE_CONTAINER_ACTION, self->action);

      g_debug ("%s on %s failed: %s", action, self->ids[item->index], error->message);
    }

  self->n_running--;
  record_outcome (self, item->index, error);

  start_next (self);
  complete_if_idle (self);
}

static void
start_next (LadingBulk *self)
{
  while (self->n_running < self->max_concurrent && self->n_started < self->n_items &&
         !is_cancelled (self))
    {
      Item *item = g_new0 (Item, 1);

      item->self = g_object_ref (self);
      item->index = self->n_started++;
      self->n_running++;
      lading_engine_container_action_async (self->engine, self->ids[item->index],
                                            self->action, self->flags,
                                            g_task_get_cancellable (self->task),
                                            action_cb, item);
    }
}

/* Most slots stay empty: the actions that succeed leave no error. */
static void
free_error (gpointer data)
{
  if (data != NULL)
    g_error_free (data);
}

static void
lading_bulk_finalize (GObject *object)
{
  LadingBulk *self = (LadingBulk *)object;

  /* Every request in flight holds a reference, so the run is over here. */
  g_assert (self->task == NULL);

  g_clear_object (&self->engine);
  g_clear_pointer (&self->ids, g_strfreev);
  g_clear_pointer (&self->errors, g_ptr_array_unref);
  g_clear_pointer (&self->done, g_array_unref);

  G_OBJECT_CLASS (lading_bulk_parent_class)->finalize (object);
}

static void
lading_bulk_constructed (GObject *object)
{
  LadingBulk *self = (LadingBulk *)object;

  G_OBJECT_CLASS (lading_bulk_parent_class)->constructed (object);

  if (self->ids == NULL)
    self->ids = g_new0 (char *, 1);

  self->n_items = g_strv_length (self->ids);
  self->errors = g_ptr_array_new_full (self->n_items, free_error);
  g_ptr_array_set_size (self->errors, self->n_items);
  self->done = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), self->n_items);
  g_array_set_size (self->done, self->n_items);
}

static void
lading_bulk_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LadingBulk *self = LADING_BULK (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;

    case PROP_ACTION:
      g_value_set_enum (value, self->action);
      break;

    case PROP_FLAGS:
      g_value_set_flags (value, self->flags);
      break;

    case PROP_IDS:
      g_value_set_boxed (value, self->ids);
      break;

    case PROP_MAX_CONCURRENT:
      g_value_set_uint (value, self->max_concurrent);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    case PROP_N_DONE:
      g_value_set_uint (value, self->n_done);
      break;

    case PROP_N_FAILED:
      g_value_set_uint (value, self->n_failed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_bulk_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LadingBulk *self = LADING_BULK (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;

    case PROP_ACTION:
      self->action = g_value_get_enum (value);
      break;

    case PROP_FLAGS:
      self->flags = g_value_get_flags (value);
      break;

    case PROP_IDS:
      self->ids = g_value_dup_boxed (value);
      break;

    case PROP_MAX_CONCURRENT:
      self->max_concurrent = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_bulk_class_init (LadingBulkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lading_bulk_constructed;
  object_class->finalize = lading_bulk_finalize;
  object_class->get_property = lading_bulk_get_property;
  object_class->set_property = lading_bulk_set_property;

  properties [PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL,
                         LADING_TYPE_ENGINE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ACTION] =
    g_param_spec_enum ("action", NULL, NULL,
                       LADING_TYPE_CONTAINER_ACTION,
                       LADING_CONTAINER_ACTION_START,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FLAGS] =
    g_param_spec_flags ("flags", NULL, NULL,
                        LADING_TYPE_CONTAINER_ACTION_FLAGS,
                        LADING_CONTAINER_ACTION_FLAGS_NONE,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_IDS] =
    g_param_spec_boxed ("ids", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MAX_CONCURRENT] =
    g_param_spec_uint ("max-concurrent", NULL, NULL,
                       1, G_MAXUINT, 4,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_FAILED] =
    g_param_spec_uint ("n-failed", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingBulk::item-finished:
   * @id: the id as it was given
   * @error: (nullable): why the action failed, or %NULL
   *
   * Emitted as the action on one container ends, after `n-done` moved.
   */
  signals [SIGNAL_ITEM_FINISHED] =
    g_signal_new ("item-finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
lading_bulk_init (LadingBulk *self)
{
}

/**
 * lading_bulk_new:
 * @engine: a connected engine
 * @action: what to do to each container
 * @flags: options of %LADING_CONTAINER_ACTION_REMOVE
 * @ids: the containers' ids or names
 * @max_concurrent: how many requests may be in flight at once (at least 1)
 *
 * Returns: (transfer full): a bulk action that has not run yet
 */
LadingBulk *
lading_bulk_new (LadingEngine               *engine,
                 LadingContainerAction       action,
                 LadingContainerActionFlags  flags,
                 const char * const         *ids,
                 guint                       max_concurrent)
{
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (ids != NULL, NULL);
  g_return_val_if_fail (max_concurrent > 0, NULL);

  return g_object_new (LADING_TYPE_BULK,
                       "engine", engine,
                       "action", action,
                       "flags", flags,
                       "ids", ids,
                       "max-concurrent", max_concurrent,
                       NULL);
}

LadingEngine *
lading_bulk_get_engine (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), NULL);

  return self->engine;
}

LadingContainerAction
lading_bulk_get_action (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), LADING_CONTAINER_ACTION_START);

  return self->action;
}

LadingContainerActionFlags
lading_bulk_get_flags (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), LADING_CONTAINER_ACTION_FLAGS_NONE);

  return self->flags;
}

const char * const *
lading_bulk_get_ids (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), NULL);

  return (const char * const *)self->ids;
}

guint
lading_bulk_get_max_concurrent (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), 0);

  return self->max_concurrent;
}

guint
lading_bulk_get_n_items (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), 0);

  return self->n_items;
}

guint
lading_bulk_get_n_done (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), 0);

  return self->n_done;
}

guint
lading_bulk_get_n_failed (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), 0);

  return self->n_failed;
}

static char **
dup_ids_where (LadingBulk *self,
               gboolean    failed)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->n_items; i++)
    {
      if (g_array_index (self->done, gboolean, i) &&
          (g_ptr_array_index (self->errors, i) != NULL) == failed)
        g_strv_builder_add (builder, self->ids[i]);
    }

  return g_strv_builder_end (builder);
}

/**
 * lading_bulk_dup_succeeded:
 *
 * Returns: (transfer full): the ids whose action succeeded so far, in the
 *   order given
 */
char **
lading_bulk_dup_succeeded (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), NULL);

  return dup_ids_where (self, FALSE);
}

/**
 * lading_bulk_dup_failed:
 *
 * Returns: (transfer full): the ids whose action failed so far, in the order
 *   given; see lading_bulk_get_error()
 */
char **
lading_bulk_dup_failed (LadingBulk *self)
{
  g_return_val_if_fail (LADING_IS_BULK (self), NULL);

  return dup_ids_where (self, TRUE);
}

/**
 * lading_bulk_get_error:
 * @id: one of the ids
 *
 * Returns: (nullable) (transfer none): why the action on @id failed, or %NULL
 *   if it succeeded or has not ended
 */
const GError *
lading_bulk_get_error (LadingBulk *self,
                       const char *id)
{
  g_return_val_if_fail (LADING_IS_BULK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->n_items; i++)
    {
      if (g_strcmp0 (self->ids[i], id) == 0 && g_ptr_array_index (self->errors, i) != NULL)
        return g_ptr_array_index (self->errors, i);
    }

  return NULL;
}

/**
 * lading_bulk_run_async:
 *
 * Runs the action over every id, at most `max-concurrent` at a time.  A bulk
 * runs once.  Cancelling stops sending and cancels the requests in flight.
 */
void
lading_bulk_run_async (LadingBulk          *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (LADING_IS_BULK (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (!self->has_run);

  self->has_run = TRUE;
  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, lading_bulk_run_async);

  start_next (self);
  complete_if_idle (self);
}

/**
 * lading_bulk_run_finish:
 *
 * Returns: %TRUE once every action has ended, whether it succeeded or not;
 *   %FALSE with %G_IO_ERROR_CANCELLED when the run was cancelled
 */
gboolean
lading_bulk_run_finish (LadingBulk    *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (LADING_IS_BULK (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == lading_bulk_run_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
