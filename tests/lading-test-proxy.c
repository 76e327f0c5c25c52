/* lading-test-proxy.c
 *
 * A relay that passes bytes both ways, one connection to the registry per
 * connection from the engine.  It reads no more of HTTP than the request
 * line: a request for "/blobs/" marks its connection, and while blobs are
 * held no byte of the registry's answers on marked connections passes (the
 * relay keeps the chunk it read and stops reading), so a pull stays in the
 * middle for as long as a test needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-test-proxy.h"

#define CHUNK_SIZE (64 * 1024)

typedef struct _Relay Relay;

struct _LadingTestProxy
{
  GSocketService *service;
  char           *target;
  char           *address;
  GPtrArray      *relays;  /* of Relay, owned */
  gboolean        hold_blobs;
};

struct _Relay
{
  LadingTestProxy   *proxy;
  GSocketConnection *client;
  GSocketConnection *upstream;
  GCancellable      *cancellable;  /* ends both directions */
  gboolean           wants_blob;   /* the last request was for a blob */
  gboolean           held;         /* a blob answer waits */
  GBytes            *held_bytes;   /* what was read of it, if anything */
  guint              n_pumps;      /* directions still running */
};

static void pump_read (Relay *relay, gboolean to_upstream);

/* A direction ended (EOF, an error, or the relay's cancellable): the other
 * is cancelled, and the last one to end closes the relay. */
static void
pump_end (Relay *relay)
{
  g_cancellable_cancel (relay->cancellable);

  relay->n_pumps--;
  if (relay->held)
    {
      relay->held = FALSE;
      g_clear_pointer (&relay->held_bytes, g_bytes_unref);
      relay->n_pumps--;
    }
  if (relay->n_pumps > 0)
    return;

  g_io_stream_close (G_IO_STREAM (relay->client), NULL, NULL);
  g_io_stream_close (G_IO_STREAM (relay->upstream), NULL, NULL);
  g_ptr_array_remove (relay->proxy->relays, relay);
}

typedef struct
{
  Relay    *relay;
  gboolean  to_upstream;
  GBytes   *bytes;
} Pump;

static void
pump_free (Pump *pump)
{
  g_clear_pointer (&pump->bytes, g_bytes_unref);
  g_free (pump);
}

static GInputStream *
pump_source (Relay    *relay,
             gboolean  to_upstream)
{
  return g_io_stream_get_input_stream (G_IO_STREAM (to_upstream ? relay->client : relay->upstream));
}

static GOutputStream *
pump_sink (Relay    *relay,
           gboolean  to_upstream)
{
  return g_io_stream_get_output_stream (G_IO_STREAM (to_upstream ? relay->upstream : relay->client));
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Pump *pump = user_data;
  Relay *relay = pump->relay;
  gboolean to_upstream = pump->to_upstream;

  pump_free (pump);
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, NULL))
    {
      pump_end (relay);
      return;
    }

  pump_read (relay, to_upstream);
}

static void
pump_write (Pump *pump)
{
  g_output_stream_write_all_async (pump_sink (pump->relay, pump->to_upstream),
                                   g_bytes_get_data (pump->bytes, NULL),
                                   g_bytes_get_size (pump->bytes), G_PRIORITY_DEFAULT,
                                   pump->relay->cancellable, written_cb, pump);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Pump *pump = user_data;
  Relay *relay = pump->relay;
  gsize size;

  pump->bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, NULL);
  if (pump->bytes == NULL || g_bytes_get_size (pump->bytes) == 0)
    {
      pump_free (pump);
      pump_end (relay);
      return;
    }

  /* A read may have been waiting already when the blob was asked for. */
  if (!pump->to_upstream && relay->wants_blob && relay->proxy->hold_blobs)
    {
      relay->held = TRUE;
      relay->held_bytes = g_steal_pointer (&pump->bytes);
      pump_free (pump);
      return;
    }

  if (pump->to_upstream)
    {
      const char *data = g_bytes_get_data (pump->bytes, &size);

      /* A request line starts the chunk: the engine sends one request at a
       * time on a connection and waits for its answer. */
      if (size > 4 && (g_str_has_prefix (data, "GET ") || g_str_has_prefix (data, "HEAD ")))
        relay->wants_blob = g_strstr_len (data, MIN (size, 1024), "/blobs/") != NULL;
    }

  pump_write (pump);
}

static void
pump_read (Relay    *relay,
           gboolean  to_upstream)
{
  Pump *pump;

  if (!to_upstream && relay->wants_blob && relay->proxy->hold_blobs)
    {
      relay->held = TRUE;
      return;
    }

  pump = g_new0 (Pump, 1);
  pump->relay = relay;
  pump->to_upstream = to_upstream;
  g_input_stream_read_bytes_async (pump_source (relay, to_upstream), CHUNK_SIZE,
                                   G_PRIORITY_DEFAULT, relay->cancellable, read_cb, pump);
}

static void
relay_free (gpointer data)
{
  Relay *relay = data;

  g_clear_object (&relay->client);
  g_clear_object (&relay->upstream);
  g_clear_object (&relay->cancellable);
  g_clear_pointer (&relay->held_bytes, g_bytes_unref);
  g_free (relay);
}

static gboolean
incoming_cb (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source_object,
             gpointer           user_data)
{
  LadingTestProxy *self = user_data;
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GError) error = NULL;
  Relay *relay = g_new0 (Relay, 1);

  relay->proxy = self;
  relay->client = g_object_ref (connection);
  relay->cancellable = g_cancellable_new ();
  /* Loopback: connecting is immediate, so it may block. */
  relay->upstream = g_socket_client_connect_to_host (client, self->target, 0, NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_add (self->relays, relay);

  relay->n_pumps = 2;
  pump_read (relay, TRUE);
  pump_read (relay, FALSE);

  return TRUE;
}

/* Relays to @target, "127.0.0.1:PORT". */
LadingTestProxy *
lading_test_proxy_new (const char *target)
{
  LadingTestProxy *self = g_new0 (LadingTestProxy, 1);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;

  self->target = g_strdup (target);
  self->relays = g_ptr_array_new_with_free_func (relay_free);
  self->service = g_socket_service_new ();
  g_socket_listener_add_address (G_SOCKET_LISTENER (self->service), any_port,
                                 G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL, &bound,
                                 &error);
  g_assert_no_error (error);
  self->address = g_strdup_printf ("127.0.0.1:%u",
                                   g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_signal_connect (self->service, "incoming", G_CALLBACK (incoming_cb), self);
  g_socket_service_start (self->service);

  return self;
}

/* "127.0.0.1:PORT": where the engine should go instead of the target. */
const char *
lading_test_proxy_get_address (LadingTestProxy *self)
{
  return self->address;
}

/* While held, blob answers stop flowing; releasing lets them go on. */
void
lading_test_proxy_set_hold_blobs (LadingTestProxy *self,
                                  gboolean         hold)
{
  self->hold_blobs = hold;
  if (hold)
    return;

  for (guint i = 0; i < self->relays->len; i++)
    {
      Relay *relay = g_ptr_array_index (self->relays, i);

      Pump *pump;

      if (!relay->held)
        continue;

      relay->held = FALSE;
      if (relay->held_bytes == NULL)
        {
          pump_read (relay, FALSE);
          continue;
        }
      pump = g_new0 (Pump, 1);
      pump->relay = relay;
      pump->bytes = g_steal_pointer (&relay->held_bytes);
      pump_write (pump);
    }
}

/* How many blob answers wait. */
guint
lading_test_proxy_get_n_held (LadingTestProxy *self)
{
  guint n = 0;

  for (guint i = 0; i < self->relays->len; i++)
    n += ((Relay *)g_ptr_array_index (self->relays, i))->held;

  return n;
}

/* Connections from the engine that are still open. */
guint
lading_test_proxy_get_n_open (LadingTestProxy *self)
{
  return self->relays->len;
}

/* As a registry that goes away: no new connections, and every open one
 * dropped. */
void
lading_test_proxy_stop (LadingTestProxy *self)
{
  g_socket_service_stop (self->service);
  g_socket_listener_close (G_SOCKET_LISTENER (self->service));
  for (guint i = 0; i < self->relays->len; i++)
    g_cancellable_cancel (((Relay *)g_ptr_array_index (self->relays, i))->cancellable);
  /* A held relay reads from one side only; it ends with that read. */
  while (self->relays->len > 0)
    g_main_context_iteration (NULL, TRUE);
}

void
lading_test_proxy_free (LadingTestProxy *self)
{
  lading_test_proxy_stop (self);

  g_clear_object (&self->service);
  g_ptr_array_unref (self->relays);
  g_free (self->target);
  g_free (self->address);
  g_free (self);
}
