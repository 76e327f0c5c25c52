/* lading-store.c
 *
 * The live view of one engine: a GListModel per kind, filled by one list call
 * each and then kept current by a single /events stream.  When the stream
 * ends the store says so, reconnects with a short backoff and resyncs in
 * place, so every object keeps its identity across engine restarts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-store"

#include "config.h"

#include "lading-api-enums.h"
#include "lading-collection-private.h"
#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-event.h"
#include "lading-models-private.h"
#include "lading-store-private.h"
#include "lading-store-snapshot-private.h"

/* The engine usually comes back within seconds; retrying a unix socket is
 * cheap, so the backoff stays short and the lists return quickly. */
#define BACKOFF_MIN_MS 100
#define BACKOFF_MAX_MS 1000

G_DEFINE_FINAL_TYPE (LadingStore, lading_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_STATE,
  PROP_ERROR,
  PROP_LOADED,
  PROP_DISK_USAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SIGNAL_EVENT,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void store_connect (LadingStore *self);

LadingStoreCall *
_lading_store_call_new (LadingStore *self,
                        const char  *key)
{
  LadingStoreCall *call = g_new0 (LadingStoreCall, 1);

  g_weak_ref_init (&call->store, self);
  call->key = g_strdup (key);

  return call;
}

void
_lading_store_call_free (LadingStoreCall *call)
{
  g_weak_ref_clear (&call->store);
  g_clear_pointer (&call->key, g_free);
  g_free (call);
}

static void
set_state (LadingStore      *self,
           LadingStoreState  state,
           const GError     *error)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
    }

  if (self->error != error)
    {
      g_clear_error (&self->error);
      self->error = error != NULL ? g_error_copy (error) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ERROR]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
reconnect_timeout_cb (gpointer user_data)
{
  LadingStore *self = user_data;

  self->reconnect_source = 0;
  store_connect (self);

  return G_SOURCE_REMOVE;
}

/* Everything of this connection stops; the objects stay, marked stale by the
 * state, until the resync after reconnecting corrects them. */
static void
store_fail (LadingStore  *self,
            const GError *error)
{
  g_debug ("Engine %s lost: %s",
           lading_endpoint_get_uri (lading_engine_get_endpoint (self->engine)), error->message);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->events);
  _lading_store_sync_reset (self);

  set_state (self, LADING_STORE_STATE_DISCONNECTED, error);

  g_clear_handle_id (&self->reconnect_source, g_source_remove);
  self->reconnect_source = g_timeout_add (self->backoff_ms, reconnect_timeout_cb, self);
  self->backoff_ms = MIN (self->backoff_ms * 2, BACKOFF_MAX_MS);
}

void
_lading_store_fail_unless_cancelled (LadingStore  *self,
                                     const GError *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    store_fail (self, error);
}

void
_lading_store_notify_disk_usage (LadingStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISK_USAGE]);
}

void
_lading_store_sync_finished (LadingStore *self)
{
  self->backoff_ms = BACKOFF_MIN_MS;
  set_state (self, LADING_STORE_STATE_CONNECTED, NULL);
  /* The image list came before the state: the sizes follow it now. */
  _lading_store_refresh_sizes (self);

  if (!self->loaded)
    {
      self->loaded = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADED]);
    }
}

static void read_next_event (LadingStore *self);

static void
read_event_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GDataInputStream *stream = (GDataInputStream *)object;
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(LadingEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  gsize length;

  line = g_data_input_stream_read_line_finish_utf8 (stream, result, &length, &error);

  /* Let go of (reconnecting, or the store went): the stream never ends. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      _lading_engine_abandon_stream (G_INPUT_STREAM (stream));
      return;
    }

  if (error != NULL)
    {
      LadingEndpoint *endpoint = lading_engine_get_endpoint (self->engine);
      g_autoptr(GError) lost = _lading_engine_error_from_io (error, endpoint);

      store_fail (self, lost);
      return;
    }

  if (line == NULL)
    {
      LadingEndpoint *endpoint = lading_engine_get_endpoint (self->engine);
      g_autoptr(GError) closed = g_error_new (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE,
                                              "%s: the engine closed its event stream",
                                              lading_endpoint_get_uri (endpoint));

      store_fail (self, closed);
      return;
    }

  if (length > 0)
    {
      if ((event = lading_event_parse (line, length, &error)) != NULL)
        {
          _lading_store_dispatch_event (self, event);
          g_signal_emit (self, signals [SIGNAL_EVENT], 0, event);
        }
      else
        g_debug ("Skipping event: %s", error->message);
    }

  read_next_event (self);
}

static void
read_next_event (LadingStore *self)
{
  g_data_input_stream_read_line_async (self->events, G_PRIORITY_DEFAULT, self->cancellable,
                                       read_event_cb, _lading_store_call_new (self, NULL));
}

static void
open_events_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  stream = lading_engine_open_events_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL)
    return;

  if (stream == NULL)
    {
      _lading_store_fail_unless_cancelled (self, error);
      return;
    }

  self->events = g_data_input_stream_new (stream);
  g_data_input_stream_set_newline_type (self->events, G_DATA_STREAM_NEWLINE_TYPE_LF);
  read_next_event (self);

  /* The stream is open first, so whatever happens while listing is not lost. */
  _lading_store_sync_start (self);
}

static void
connect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(GError) error = NULL;
  gboolean connected;

  connected = lading_engine_connect_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL)
    return;

  if (!connected)
    {
      _lading_store_fail_unless_cancelled (self, error);
      return;
    }

  lading_engine_open_events_async (self->engine, NULL, self->cancellable, open_events_cb,
                                   _lading_store_call_new (self, NULL));
}

/* Lets go of the connection before, if any, for a new one. */
static void
store_begin_connection (LadingStore *self)
{
  g_clear_handle_id (&self->reconnect_source, g_source_remove);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->events);
  _lading_store_sync_reset (self);

  self->cancellable = g_cancellable_new ();

  if (self->state != LADING_STORE_STATE_DISCONNECTED)
    set_state (self, LADING_STORE_STATE_CONNECTING, NULL);
}

static void
store_connect (LadingStore *self)
{
  store_begin_connection (self);
  lading_engine_connect_async (self->engine, self->cancellable, connect_cb,
                               _lading_store_call_new (self, NULL));
}

static const char *
container_key (gpointer item)
{
  return lading_container_get_id (item);
}

static const char *
image_key (gpointer item)
{
  return lading_image_get_id (item);
}

static const char *
volume_key (gpointer item)
{
  return lading_volume_get_name (item);
}

static const char *
network_key (gpointer item)
{
  return lading_network_get_id (item);
}

static void
lading_store_dispose (GObject *object)
{
  LadingStore *self = (LadingStore *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reconnect_source, g_source_remove);
  g_clear_handle_id (&self->usage_source, g_source_remove);
  g_clear_handle_id (&self->sizes_retry_source, g_source_remove);

  G_OBJECT_CLASS (lading_store_parent_class)->dispose (object);
}

static void
lading_store_finalize (GObject *object)
{
  LadingStore *self = (LadingStore *)object;

  _lading_store_sync_reset (self);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->events);
  g_clear_object (&self->engine);
  g_clear_error (&self->error);
  g_clear_pointer (&self->containers, _lading_collection_free);
  g_clear_pointer (&self->images, _lading_collection_free);
  g_clear_pointer (&self->volumes, _lading_collection_free);
  g_clear_pointer (&self->networks, _lading_collection_free);
  g_clear_object (&self->disk_usage);
  g_clear_pointer (&self->inspecting, g_hash_table_unref);

  G_OBJECT_CLASS (lading_store_parent_class)->finalize (object);
}

static void
lading_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LadingStore *self = LADING_STORE (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    case PROP_DISK_USAGE:
      g_value_set_object (value, self->disk_usage);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_store_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LadingStore *self = LADING_STORE (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_store_class_init (LadingStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lading_store_dispose;
  object_class->finalize = lading_store_finalize;
  object_class->get_property = lading_store_get_property;
  object_class->set_property = lading_store_set_property;

  properties [PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL,
                         LADING_TYPE_ENGINE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LADING_TYPE_STORE_STATE,
                       LADING_STORE_STATE_CONNECTING,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DISK_USAGE] =
    g_param_spec_object ("disk-usage", NULL, NULL,
                         LADING_TYPE_DISK_USAGE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingStore::event:
   * @event: the event, after the store applied it
   *
   * Every event of the engine's stream, for those who react to what
   * happened rather than to the state it left (alerts, graph markers).
   */
  signals [SIGNAL_EVENT] =
    g_signal_new ("event",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, LADING_TYPE_EVENT | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
lading_store_init (LadingStore *self)
{
  self->state = LADING_STORE_STATE_CONNECTING;
  self->backoff_ms = BACKOFF_MIN_MS;
  self->containers = _lading_collection_new (LADING_TYPE_CONTAINER, container_key,
                                             (LadingAssignFunc)_lading_container_assign);
  self->images = _lading_collection_new (LADING_TYPE_IMAGE, image_key,
                                         (LadingAssignFunc)_lading_image_assign);
  self->volumes = _lading_collection_new (LADING_TYPE_VOLUME, volume_key,
                                          (LadingAssignFunc)_lading_volume_assign);
  self->networks = _lading_collection_new (LADING_TYPE_NETWORK, network_key,
                                           (LadingAssignFunc)_lading_network_assign);
  self->inspecting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * lading_store_new:
 * @engine: the engine to follow
 *
 * Returns: (transfer full): a store that stays empty until lading_store_start().
 */
LadingStore *
lading_store_new (LadingEngine *engine)
{
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);

  return g_object_new (LADING_TYPE_STORE, "engine", engine, NULL);
}

LadingEngine *
lading_store_get_engine (LadingStore *self)
{
  g_return_val_if_fail (LADING_IS_STORE (self), NULL);

  return self->engine;
}

LadingStoreState
lading_store_get_state (LadingStore *self)
{
  g_return_val_if_fail (LADING_IS_STORE (self), LADING_STORE_STATE_DISCONNECTED);

  return self->state;
}

/**
 * lading_store_get_error:
 *
 * Returns: (nullable): why the store is disconnected, if it is
 */
const GError *
lading_store_get_error (LadingStore *self)
{
  g_return_val_if_fail (LADING_IS_STORE (self), NULL);

  return self->error;
}

/**
 * lading_store_get_loaded:
 *
 * Returns: whether the lists were filled at least once
 */
gboolean
lading_store_get_loaded (LadingStore *self)
{
  g_return_val_if_fail (LADING_IS_STORE (self), FALSE);

  return self->loaded;
}

/**
 * lading_store_get_containers:
 *
 * Returns: (transfer none): a #GListModel of #LadingContainer
 */
GListModel *
lading_store_get_containers (LadingStore *self)
{
  g_return_val_if_fail (LADING_IS_STORE (self), NULL);

  return _lading_collection_get_model (self->containers);
}

/**
 * lading_store_get_images:
 *
 * Returns: (transfer none): a #GListModel of #LadingImage
 */
GListModel *
lading_store_get_images (LadingStore *self)
{
  g_return_val_if_fail (LADING_IS_STORE (self), NULL);

  return _lading_collection_get_model (self->images);
}

/**
 * lading_store_get_volumes:
 *
 * Returns: (transfer none): a #GListModel of #LadingVolume
 */
GListModel *
lading_store_get_volumes (LadingStore *self)
{
  g_return_val_if_fail (LADING_IS_STORE (self), NULL);

  return _lading_collection_get_model (self->volumes);
}

/**
 * lading_store_get_networks:
 *
 * Returns: (transfer none): a #GListModel of #LadingNetwork
 */
GListModel *
lading_store_get_networks (LadingStore *self)
{
  g_return_val_if_fail (LADING_IS_STORE (self), NULL);

  return _lading_collection_get_model (self->networks);
}

/**
 * lading_store_lookup_container:
 *
 * Returns: (transfer none) (nullable): the container with that full id
 */
LadingContainer *
lading_store_lookup_container (LadingStore *self,
                               const char  *id)
{
  g_return_val_if_fail (LADING_IS_STORE (self), NULL);

  return _lading_collection_lookup (self->containers, id);
}

/**
 * lading_store_start:
 *
 * Connects, lists and follows the engine; from then on the store reconnects
 * by itself whenever the engine goes away.
 */
void
lading_store_start (LadingStore *self)
{
  g_return_if_fail (LADING_IS_STORE (self));

  if (self->cancellable == NULL && self->reconnect_source == 0)
    store_connect (self);
}

/**
 * lading_store_start_from_snapshot:
 * @snapshot: the containers of the store's engine, listed after it connected
 *
 * As lading_store_start(), with the containers of @snapshot instead of
 * listing them again: the store is connected at once, with those, and opens
 * the engine's event stream from the time of the snapshot, so nothing that
 * happened since is missed; the other kinds are listed then.  The store's
 * engine must be connected, or have adopted the connection of the engine
 * that took the snapshot.
 */
void
lading_store_start_from_snapshot (LadingStore         *self,
                                  LadingStoreSnapshot *snapshot)
{
  g_return_if_fail (LADING_IS_STORE (self));
  g_return_if_fail (snapshot != NULL);
  g_return_if_fail (self->cancellable == NULL && self->reconnect_source == 0);

  store_begin_connection (self);
  _lading_store_sync_take_snapshot (self, snapshot);
  lading_engine_open_events_async (self->engine, snapshot->since,
                                   self->cancellable, open_events_cb,
                                   _lading_store_call_new (self, NULL));
}

/**
 * lading_store_start_failed:
 * @error: why the engine could not be reached just now
 *
 * Starts the store as one whose first connect has just failed with @error,
 * elsewhere (a start-up thread, say): it says so at once and tries again
 * after its usual backoff, instead of waiting for the same failure again.
 */
void
lading_store_start_failed (LadingStore  *self,
                           const GError *error)
{
  g_return_if_fail (LADING_IS_STORE (self));
  g_return_if_fail (error != NULL);
  g_return_if_fail (self->cancellable == NULL && self->reconnect_source == 0);

  store_fail (self, error);
}

/**
 * lading_store_reconnect:
 *
 * Tries again now instead of waiting for the next attempt.
 */
void
lading_store_reconnect (LadingStore *self)
{
  g_return_if_fail (LADING_IS_STORE (self));

  self->backoff_ms = BACKOFF_MIN_MS;
  store_connect (self);
}
