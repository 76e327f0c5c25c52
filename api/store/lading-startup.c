/* lading-startup.c
 *
 * Lading's first connection, made in a thread of its own so that the engine
 * answers while the main thread initialises GTK and builds the window.  The
 * thread finds the engine (the settings, DOCKER_HOST, the docker contexts,
 * then the usual sockets: the first that answers), connects, and lists its
 * containers.  The main thread gets the chosen engine as soon as it is
 * known; its store starts from that snapshot, the engine connected as the
 * thread's was, without asking the engine again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-startup"

#include "config.h"

#include "lading-startup.h"
#include "lading-store.h"

/* What the thread ends with: the snapshot, and the connection it was taken
 * on if the main thread's engine did not get it when chosen; or why not. */
typedef struct
{
  LadingStoreSnapshot    *snapshot;
  LadingEngineConnection *connection;
  GError                 *error;
} Outcome;

static void
outcome_free (Outcome *outcome)
{
  g_clear_pointer (&outcome->snapshot, lading_store_snapshot_free);
  g_clear_pointer (&outcome->connection, lading_engine_connection_free);
  g_clear_error (&outcome->error);
  g_free (outcome);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Outcome, outcome_free)

/* What the thread and the main thread share.  The thread never holds the
 * LadingStartup itself: its last reference must go on the main thread, with
 * the main thread's engine.  The outcome is published under the lock as
 * soon as it is known, so that the main thread, once it chose the engine,
 * can start the store from it before it builds the window. */
typedef struct
{
  GWeakRef      startup;
  GMainContext *main_context;
  char         *explicit_uri;

  GMutex        lock;
  Outcome      *outcome;
} Shared;

static void
shared_clear (Shared *shared)
{
  g_weak_ref_clear (&shared->startup);
  g_main_context_unref (shared->main_context);
  g_free (shared->explicit_uri);
  g_mutex_clear (&shared->lock);
  g_clear_pointer (&shared->outcome, outcome_free);
}

static void
shared_release (Shared *shared)
{
  g_atomic_rc_box_release_full (shared, (GDestroyNotify)shared_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Shared, shared_release)

struct _LadingStartup
{
  GObject                 parent_instance;

  /* Owned */
  Shared                 *shared;
  GCancellable           *cancellable;
  LadingEngine           *engine;
  GError                 *setup_error;
  LadingEngineConnection *connection;
  LadingStoreSnapshot    *snapshot;
  GError                 *connect_error;
  LadingStore            *store;
  GTask                  *choose_task;

  guint                   chosen : 1;
  guint                   done : 1;
};

G_DEFINE_FINAL_TYPE (LadingStartup, lading_startup, G_TYPE_OBJECT)

/* Choosing, in the thread ----------------------------------------------------*/

typedef struct
{
  GPtrArray *candidates;
  guint      next;
} Probe;

static void
probe_free (Probe *probe)
{
  g_clear_pointer (&probe->candidates, g_ptr_array_unref);
  g_free (probe);
}

static void probe_next (GTask *task_owned);

static void
probe_connect_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LadingEngine *engine = (LadingEngine *)object;
  g_autoptr(GTask) task = user_data;

  /* A probe that fails is only a reason to try the next one, so its error is
   * not kept; the first candidate's own error is what the window explains. */
  if (lading_engine_connect_finish (engine, result, NULL))
    {
      g_task_return_pointer (task, g_object_ref (engine), g_object_unref);
      return;
    }

  probe_next (g_steal_pointer (&task));
}

/* Takes @task. */
static void
probe_next (GTask *task_owned)
{
  g_autoptr(GTask) task = task_owned;
  Probe *probe = g_task_get_task_data (task);
  g_autoptr(LadingEngine) engine = NULL;
  GCancellable *cancellable;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (probe->next == probe->candidates->len)
    {
      g_task_return_pointer (task, lading_engine_new (probe->candidates->pdata[0]), g_object_unref);
      return;
    }

  engine = lading_engine_new (probe->candidates->pdata[probe->next++]);
  /* The cancellable first: arguments have no order of evaluation. */
  cancellable = g_task_get_cancellable (task);
  lading_engine_connect_async (engine, cancellable, probe_connect_cb, g_steal_pointer (&task));
}

/* Without an explicit choice there are several places an engine may listen
 * (the default socket, rootless Docker, Podman): take the first that answers,
 * or the first of @candidates if none does, not connected. */
static void
choose_engine_async (GPtrArray           *candidates,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Probe *probe;

  g_assert (candidates != NULL && candidates->len > 0);
  g_assert (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, choose_engine_async);
  probe = g_new0 (Probe, 1);
  probe->candidates = g_ptr_array_ref (candidates);
  g_task_set_task_data (task, probe, (GDestroyNotify)probe_free);

  if (candidates->len == 1)
    {
      g_task_return_pointer (task, lading_engine_new (candidates->pdata[0]), g_object_unref);
      return;
    }

  probe_next (g_steal_pointer (&task));
}

/* Returns: (transfer full): the engine chosen, or %NULL if cancelled */
static LadingEngine *
choose_engine_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_assert (g_task_is_valid (result, NULL));
  g_assert (g_task_get_source_tag (G_TASK (result)) == choose_engine_async);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The thread's work --------------------------------------------------------*/

typedef struct
{
  Shared                 *shared;
  GCancellable           *cancellable;
  LadingEngine           *engine;
  LadingEngineConnection *connection;
  LadingStoreSnapshot    *snapshot;
  GError                 *error;
  gboolean                posted;
  gboolean                done;
} Work;

/* What the thread chose, on its way to the main thread. */
typedef struct
{
  Shared                 *shared;
  LadingEndpoint         *endpoint;
  LadingEngineConnection *connection;
  GError                 *error;
} Chosen;

static void
chosen_free (Chosen *chosen)
{
  shared_release (chosen->shared);
  g_clear_object (&chosen->endpoint);
  g_clear_pointer (&chosen->connection, lading_engine_connection_free);
  g_clear_error (&chosen->error);
  g_free (chosen);
}

static void deliver_chosen (LadingStartup *self,
                            Chosen        *chosen);

static gboolean
chosen_in_main_cb (gpointer user_data)
{
  Chosen *chosen = user_data;
  g_autoptr(LadingStartup) self = g_weak_ref_get (&chosen->shared->startup);

  if (self != NULL)
    deliver_chosen (self, chosen);

  return G_SOURCE_REMOVE;
}

/* Tells the main thread which engine it is, with its @connection if it is
 * connected already, or why there is none (@error).  Takes @connection. */
static void
post_chosen (Work                   *work,
             LadingEndpoint         *endpoint,
             LadingEngineConnection *connection,
             const GError           *error)
{
  Chosen *chosen = g_new0 (Chosen, 1);

  chosen->shared = g_atomic_rc_box_acquire (work->shared);
  chosen->endpoint = endpoint != NULL ? g_object_ref (endpoint) : NULL;
  chosen->connection = connection;
  chosen->error = error != NULL ? g_error_copy (error) : NULL;
  work->posted = TRUE;
  g_main_context_invoke_full (work->shared->main_context, G_PRIORITY_DEFAULT,
                              chosen_in_main_cb, chosen, (GDestroyNotify)chosen_free);
}

/* Ends the work, publishing what it came to for the main thread. */
static void
finish (Work *work)
{
  Outcome *outcome = g_new0 (Outcome, 1);

  outcome->snapshot = g_steal_pointer (&work->snapshot);
  if (outcome->snapshot != NULL)
    outcome->connection = g_steal_pointer (&work->connection);
  else
    outcome->error = g_steal_pointer (&work->error);

  g_mutex_lock (&work->shared->lock);
  work->shared->outcome = outcome;
  g_mutex_unlock (&work->shared->lock);

  work->done = TRUE;
}

static void
snapshot_taken_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Work *work = user_data;

  work->snapshot = lading_store_snapshot_take_finish (LADING_ENGINE (object), result,
                                                      &work->error);
  finish (work);
}

static void
connected (Work *work)
{
  LadingEngineConnection *connection = lading_engine_dup_connection (work->engine);

  if (!work->posted)
    post_chosen (work, lading_engine_get_endpoint (work->engine), connection, NULL);
  else
    work->connection = connection;
  lading_store_snapshot_take_async (work->engine, work->cancellable, snapshot_taken_cb, work);
}

static void
connect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Work *work = user_data;

  if (lading_engine_connect_finish (LADING_ENGINE (object), result, &work->error))
    connected (work);
  else
    finish (work);
}

static void
chosen_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Work *work = user_data;

  if (!(work->engine = choose_engine_finish (result, &work->error)))
    {
      finish (work);
      return;
    }

  /* A probe connected it already. */
  if (lading_engine_get_api_version (work->engine) != NULL)
    {
      connected (work);
      return;
    }

  /* The only candidate, or none answered: the window need not wait for an
   * engine that may take long to answer, if it ever does; its store says
   * why it cannot connect unless this connection comes first. */
  post_chosen (work, lading_engine_get_endpoint (work->engine), NULL, NULL);
  lading_engine_connect_async (work->engine, work->cancellable, connect_cb, work);
}

static void
resolved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Work *work = user_data;
  g_autoptr(GPtrArray) candidates = lading_endpoint_resolve_finish (result, &work->error);

  if (candidates == NULL)
    {
      post_chosen (work, NULL, NULL, work->error);
      finish (work);
      return;
    }

  choose_engine_async (candidates, work->cancellable, chosen_cb, work);
}

static void
startup_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  Work work = { task_data, cancellable };

  /* The async calls of the API run here as they would on the main loop;
   * their sessions belong to this thread and end with it. */
  g_main_context_push_thread_default (context);

  lading_endpoint_resolve_async (work.shared->explicit_uri, NULL, cancellable, resolved_cb,
                                 &work);
  while (!work.done)
    g_main_context_iteration (context, TRUE);

  g_clear_object (&work.engine);
  g_clear_pointer (&work.connection, lading_engine_connection_free);
  g_main_context_pop_thread_default (context);

  g_task_return_boolean (task, TRUE);
}

/* Results, on the main thread ----------------------------------------------*/

/* The engine and the connection it was made on may come in either order. */
static void
adopt_connection (LadingStartup *self)
{
  if (self->engine != NULL && self->connection != NULL)
    {
      lading_engine_adopt_connection (self->engine, self->connection);
      g_clear_pointer (&self->connection, lading_engine_connection_free);
    }
}

/* Takes what the thread published, if it is done. */
static void
take_outcome (LadingStartup *self)
{
  g_autoptr(Outcome) outcome = NULL;

  if (self->done)
    return;

  g_mutex_lock (&self->shared->lock);
  outcome = g_steal_pointer (&self->shared->outcome);
  g_mutex_unlock (&self->shared->lock);

  if (outcome == NULL)
    return;

  self->done = TRUE;
  self->snapshot = g_steal_pointer (&outcome->snapshot);
  if (outcome->connection != NULL)
    self->connection = g_steal_pointer (&outcome->connection);
  adopt_connection (self);

  self->connect_error = g_steal_pointer (&outcome->error);
}

static void
deliver_chosen (LadingStartup *self,
                Chosen        *chosen)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->choose_task);

  self->chosen = TRUE;

  if (chosen->endpoint != NULL)
    {
      self->engine = lading_engine_new (chosen->endpoint);
      if (chosen->connection != NULL)
        self->connection = g_steal_pointer (&chosen->connection);
      adopt_connection (self);
    }
  else
    self->setup_error = g_steal_pointer (&chosen->error);

  take_outcome (self);

  if (task == NULL)
    return;

  if (self->engine != NULL)
    g_task_return_pointer (task, g_object_ref (self->engine), g_object_unref);
  else
    g_task_return_error (task, g_error_copy (self->setup_error));
}

/* Starts the store handed over, from the snapshot if there is one.  Else
 * the engine did not answer: the store says why at once and tries again
 * later, rather than wait for the same failure a second time. */
static void
start_store (LadingStartup *self)
{
  g_autoptr(LadingStore) store = g_steal_pointer (&self->store);
  g_autoptr(LadingStoreSnapshot) snapshot = g_steal_pointer (&self->snapshot);

  if (snapshot != NULL)
    lading_store_start_from_snapshot (store, snapshot);
  else
    lading_store_start_failed (store, self->connect_error);
}

static void
startup_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Shared) shared = user_data;
  g_autoptr(LadingStartup) self = g_weak_ref_get (&shared->startup);

  if (self == NULL)
    return;

  take_outcome (self);
  if (self->store != NULL)
    start_store (self);
}

static void
lading_startup_dispose (GObject *object)
{
  LadingStartup *self = (LadingStartup *)object;

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (lading_startup_parent_class)->dispose (object);
}

static void
lading_startup_finalize (GObject *object)
{
  LadingStartup *self = (LadingStartup *)object;

  g_assert (self->choose_task == NULL);

  g_clear_pointer (&self->shared, shared_release);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->engine);
  g_clear_error (&self->setup_error);
  g_clear_pointer (&self->connection, lading_engine_connection_free);
  g_clear_pointer (&self->snapshot, lading_store_snapshot_free);
  g_clear_error (&self->connect_error);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lading_startup_parent_class)->finalize (object);
}

static void
lading_startup_class_init (LadingStartupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lading_startup_dispose;
  object_class->finalize = lading_startup_finalize;
}

static void
lading_startup_init (LadingStartup *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * lading_startup_new:
 * @explicit_uri: (nullable): the engine the user chose, if any
 *
 * Starts finding, connecting and listing the engine at once, in a thread;
 * the results come to the thread-default main context of the caller.
 */
LadingStartup *
lading_startup_new (const char *explicit_uri)
{
  LadingStartup *self = g_object_new (LADING_TYPE_STARTUP, NULL);
  g_autoptr(GTask) task = NULL;
  Shared *shared = g_atomic_rc_box_new0 (Shared);

  g_weak_ref_init (&shared->startup, self);
  shared->main_context = g_main_context_ref_thread_default ();
  shared->explicit_uri = g_strdup (explicit_uri);
  g_mutex_init (&shared->lock);
  self->shared = g_atomic_rc_box_acquire (shared);

  task = g_task_new (NULL, self->cancellable, startup_done_cb, g_atomic_rc_box_acquire (shared));
  g_task_set_source_tag (task, lading_startup_new);
  g_task_set_task_data (task, shared, (GDestroyNotify)shared_release);
  g_task_run_in_thread (task, startup_thread);

  return self;
}

/**
 * lading_startup_choose_async:
 *
 * Completes once the engine is chosen, or with the error that there is no
 * engine to choose.  It is connected already if it answered a probe; else
 * it is connected before lading_startup_start_store() starts its store, if
 * it answers then.  Call it once.
 */
void
lading_startup_choose_async (LadingStartup       *self,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LADING_IS_STARTUP (self));
  g_return_if_fail (self->choose_task == NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, lading_startup_choose_async);

  if (!self->chosen)
    self->choose_task = g_steal_pointer (&task);
  else if (self->engine != NULL)
    g_task_return_pointer (task, g_object_ref (self->engine), g_object_unref);
  else
    g_task_return_error (task, g_error_copy (self->setup_error));
}

/**
 * lading_startup_choose_finish:
 *
 * Returns: (transfer full): the engine, for the main thread
 */
LadingEngine *
lading_startup_choose_finish (LadingStartup  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == lading_startup_choose_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * lading_startup_start_store:
 * @store: a store of the chosen engine, not started
 *
 * Starts @store from the snapshot of the engine's containers, at once if
 * it is in, else when it comes; without one (the engine did not answer)
 * the store says why at once, as lading_store_start_failed() does, and
 * tries again after its backoff.  Call it once, after lading_startup_choose_async() completed,
 * and keep @self until then.
 */
void
lading_startup_start_store (LadingStartup *self,
                            LadingStore   *store)
{
  g_return_if_fail (LADING_IS_STARTUP (self));
  g_return_if_fail (LADING_IS_STORE (store));
  g_return_if_fail (lading_store_get_engine (store) == self->engine);
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  take_outcome (self);
  if (self->done)
    start_store (self);
}
