/* lading-hijacked-stream.c
 *
 * The connection of an attach or exec start after the engine took it over:
 * what the container writes arrives as "data", what the user types goes out
 * through a queue (a GOutputStream takes one operation at a time), and the
 * end of the stream is "closed", once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-hijacked-stream"

#include "config.h"

#include "lading-engine-private.h"
#include "lading-hijacked-stream-private.h"

/* Large enough that a burst of output is one "data" signal, not hundreds. */
#define READ_SIZE (64 * 1024)

struct _LadingHijackedStream
{
  GObject         parent_instance;

  /* Owned */
  LadingEndpoint *endpoint;
  GIOStream      *connection;
  GInputStream   *input;
  GCancellable   *cancellable;
  GQueue          queue;        /* GBytes waiting to be written */
  GBytes         *writing;      /* being written; kept alive until it is done */

  guint           tty : 1;
  guint           started : 1;
  guint           write_closed : 1;
  guint           write_failed : 1;
  guint           closed : 1;
};

G_DEFINE_FINAL_TYPE (LadingHijackedStream, lading_hijacked_stream, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TTY,
  N_PROPS
};

enum {
  SIGNAL_DATA,
  SIGNAL_CLOSED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void flush_queue (LadingHijackedStream *self);

/* Over TLS, GIO has no public way to half-close. */
static gboolean
is_tls (LadingHijackedStream *self)
{
  GIOStream *base;

  if (!G_IS_TCP_WRAPPER_CONNECTION (self->connection))
    return FALSE;

  base = g_tcp_wrapper_connection_get_base_io_stream (G_TCP_WRAPPER_CONNECTION (self->connection));
  return G_IS_TLS_CONNECTION (base);
}

/* Ends the stream: no more reads or writes, the connection goes, and
 * "closed" is emitted with @error (nullable, an I/O error) mapped. */
static void
end_stream (LadingHijackedStream *self,
            const GError         *error)
{
  g_autoptr(GError) engine_error = NULL;

  g_assert (!self->closed);

  self->closed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_queue_clear_full (&self->queue, (GDestroyNotify)g_bytes_unref);
  g_io_stream_close_async (self->connection, G_PRIORITY_DEFAULT, NULL, NULL, NULL);

  if (error != NULL)
    engine_error = _lading_engine_error_from_io (error, self->endpoint);

  g_signal_emit (self, signals [SIGNAL_CLOSED], 0, engine_error);
}

static void
shutdown_write (LadingHijackedStream *self)
{
  g_autoptr(GError) error = NULL;
  GSocket *socket;

  if (is_tls (self))
    {
      g_debug ("No half-close over TLS: closing the whole stream");
      end_stream (self, NULL);
      return;
    }

  /* The container's stdin sees EOF; its output still comes until it ends. */
  socket = g_socket_connection_get_socket (G_SOCKET_CONNECTION (self->connection));
  if (!g_socket_shutdown (socket, FALSE, TRUE, &error))
    g_debug ("Could not shut the write side down: %s", error->message);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GOutputStream *output = (GOutputStream *)object;
  g_autoptr(LadingHijackedStream) self = user_data;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->writing, g_bytes_unref);

  if (!g_output_stream_write_all_finish (output, result, NULL, &error))
    {
      /* A process that exited closes its stdin first; the read side tells
       * how the stream ended, so a failed write only stops writing. */
      if (!self->closed)
        g_debug ("Write failed, dropping input: %s", error->message);
      self->write_failed = TRUE;
      g_queue_clear_full (&self->queue, (GDestroyNotify)g_bytes_unref);
      return;
    }

  flush_queue (self);
}

static void
flush_queue (LadingHijackedStream *self)
{
  GOutputStream *output;

  if (self->writing != NULL || self->closed || self->write_failed)
    return;

  if (g_queue_is_empty (&self->queue))
    {
      if (self->write_closed)
        shutdown_write (self);
      return;
    }

  self->writing = g_queue_pop_head (&self->queue);
  output = g_io_stream_get_output_stream (self->connection);
  g_output_stream_write_all_async (output,
                                   g_bytes_get_data (self->writing, NULL),
                                   g_bytes_get_size (self->writing),
                                   G_PRIORITY_DEFAULT, self->cancellable,
                                   write_cb, g_object_ref (self));
}

static void read_next (LadingHijackedStream *self);

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GInputStream *input = (GInputStream *)object;
  g_autoptr(LadingHijackedStream) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_input_stream_read_bytes_finish (input, result, &error);

  /* After close() the read only comes back cancelled: nothing to say. */
  if (self->closed)
    return;

  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      end_stream (self, error);
      return;
    }

  g_signal_emit (self, signals [SIGNAL_DATA], 0, bytes);

  if (!self->closed)
    read_next (self);
}

static void
read_next (LadingHijackedStream *self)
{
  g_input_stream_read_bytes_async (self->input, READ_SIZE, G_PRIORITY_DEFAULT,
                                   self->cancellable, read_cb, g_object_ref (self));
}

static void
lading_hijacked_stream_finalize (GObject *object)
{
  LadingHijackedStream *self = (LadingHijackedStream *)object;

  /* Pending operations hold a reference, so none is left here; dropping the
   * connection closes its socket. */
  g_queue_clear_full (&self->queue, (GDestroyNotify)g_bytes_unref);
  g_clear_pointer (&self->writing, g_bytes_unref);
  g_clear_object (&self->input);
  g_clear_object (&self->connection);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->endpoint);

  G_OBJECT_CLASS (lading_hijacked_stream_parent_class)->finalize (object);
}

static void
lading_hijacked_stream_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LadingHijackedStream *self = LADING_HIJACKED_STREAM (object);

  switch (prop_id)
    {
    case PROP_TTY:
      g_value_set_boolean (value, self->tty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_hijacked_stream_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LadingHijackedStream *self = LADING_HIJACKED_STREAM (object);

  switch (prop_id)
    {
    case PROP_TTY:
      self->tty = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_hijacked_stream_class_init (LadingHijackedStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lading_hijacked_stream_finalize;
  object_class->get_property = lading_hijacked_stream_get_property;
  object_class->set_property = lading_hijacked_stream_set_property;

  properties [PROP_TTY] =
    g_param_spec_boolean ("tty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingHijackedStream::data:
   * @bytes: what arrived: terminal bytes with a TTY, multiplexed frames without
   */
  signals [SIGNAL_DATA] =
    g_signal_new ("data",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BYTES | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * LadingHijackedStream::closed:
   * @error: (nullable): why the stream ended, %NULL at a clean end or after
   *   lading_hijacked_stream_close()
   */
  signals [SIGNAL_CLOSED] =
    g_signal_new ("closed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
lading_hijacked_stream_init (LadingHijackedStream *self)
{
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->queue);
}

/* @input: where the stream's bytes come from (it may hold some already);
 * @connection: what to write to and to close. */
LadingHijackedStream *
_lading_hijacked_stream_new (LadingEndpoint *endpoint,
                             GIOStream      *connection,
                             GInputStream   *input,
                             gboolean        tty)
{
  LadingHijackedStream *self;

  g_return_val_if_fail (LADING_IS_ENDPOINT (endpoint), NULL);
  g_return_val_if_fail (G_IS_IO_STREAM (connection), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (input), NULL);

  self = g_object_new (LADING_TYPE_HIJACKED_STREAM, "tty", tty, NULL);
  self->endpoint = g_object_ref (endpoint);
  self->connection = g_object_ref (connection);
  self->input = g_object_ref (input);

  return self;
}

/**
 * lading_hijacked_stream_get_tty:
 *
 * Returns: whether the stream carries a terminal's raw bytes (%TRUE) or
 *   multiplexed stdout/stderr frames (%FALSE)
 */
gboolean
lading_hijacked_stream_get_tty (LadingHijackedStream *self)
{
  g_return_val_if_fail (LADING_IS_HIJACKED_STREAM (self), FALSE);

  return self->tty;
}

/**
 * lading_hijacked_stream_start:
 *
 * Starts reading: "data" for each piece that arrives, then "closed" once.
 * The stream holds a reference to itself while it reads, so call
 * lading_hijacked_stream_close() to let it go before the end.
 */
void
lading_hijacked_stream_start (LadingHijackedStream *self)
{
  g_return_if_fail (LADING_IS_HIJACKED_STREAM (self));
  g_return_if_fail (!self->started);

  self->started = TRUE;
  if (!self->closed)
    read_next (self);
}

/**
 * lading_hijacked_stream_write:
 * @data: (array length=length): bytes for the process's stdin
 *
 * Queues @data; writes go out in order, one at a time.  Nothing is written
 * after lading_hijacked_stream_close_write(), after the stream closed, or
 * once a write failed (the process closed its stdin).
 */
void
lading_hijacked_stream_write (LadingHijackedStream *self,
                              const guint8         *data,
                              gsize                 length)
{
  g_return_if_fail (LADING_IS_HIJACKED_STREAM (self));
  g_return_if_fail (data != NULL || length == 0);

  if (length == 0 || self->closed || self->write_closed || self->write_failed)
    return;

  g_queue_push_tail (&self->queue, g_bytes_new (data, length));
  flush_queue (self);
}

/**
 * lading_hijacked_stream_close_write:
 *
 * Sends stdin EOF once the queued writes are out, like the CLI does at the
 * end of its input: `cat` then ends.  The output keeps coming until the
 * process ends.  Over TLS, which has no half-close in GIO, this closes the
 * whole stream instead.
 */
void
lading_hijacked_stream_close_write (LadingHijackedStream *self)
{
  g_return_if_fail (LADING_IS_HIJACKED_STREAM (self));

  if (self->write_closed || self->closed)
    return;

  self->write_closed = TRUE;
  flush_queue (self);
}

/**
 * lading_hijacked_stream_close:
 *
 * Detaches: drops queued input and the connection; the engine does not stop
 * the container for it.  "closed" is emitted (with a %NULL error) before this
 * returns, unless the stream had ended already.
 */
void
lading_hijacked_stream_close (LadingHijackedStream *self)
{
  g_return_if_fail (LADING_IS_HIJACKED_STREAM (self));

  if (!self->closed)
    end_stream (self, NULL);
}
