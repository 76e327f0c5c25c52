/* lading-run-text.c
 *
 * Words for what is wrong with a field of the run, volume and network
 * dialogs: each says what the field takes, with an example.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lading-run-text.h"

const char *
lading_run_text_input_hint (LadingRunInputProblem problem)
{
  switch (problem)
    {
    case LADING_RUN_INPUT_OK:
      return NULL;

    case LADING_RUN_INPUT_EMPTY:
      return _("This cannot be empty.");

    case LADING_RUN_INPUT_BAD_NAME:
      return _("Use two characters or more: letters, digits, and . _ - after the first.");

    case LADING_RUN_INPUT_BAD_PORT:
      return _("A port is a number from 1 to 65535.");

    case LADING_RUN_INPUT_BAD_PORT_MAPPING:
      return _("Write a port as 8080:80, 127.0.0.1:8080:80 or [::1]:8080:80.");

    case LADING_RUN_INPUT_BAD_PROTOCOL:
      return _("The protocol after the slash is tcp, udp or sctp.");

    case LADING_RUN_INPUT_BAD_ADDRESS:
      return _("This is not an IP address, such as 127.0.0.1 or ::1.");

    case LADING_RUN_INPUT_BAD_KEY_VALUE:
      return _("Write NAME=value, with a name that has no spaces.");

    case LADING_RUN_INPUT_BAD_SIZE:
      return _("Write a size such as 512m, 1.5g or 2GiB.");

    case LADING_RUN_INPUT_SIZE_TOO_SMALL:
      return _("The engine needs at least 6 MiB of memory for a container.");

    case LADING_RUN_INPUT_BAD_CPUS:
      return _("Write a number of CPUs from 0.01 to as many as the engine has, such as 1.5.");

    case LADING_RUN_INPUT_BAD_QUOTES:
      return _("A quote is not closed, or the line ends with a backslash.");

    case LADING_RUN_INPUT_BAD_SUBNET:
      return _("Write a subnet with its prefix length, such as 10.10.0.0/24 or fd00:1::/64.");

    case LADING_RUN_INPUT_BAD_GATEWAY:
      return _("The gateway must be an address of the subnet.");

    case LADING_RUN_INPUT_BAD_RESTART:
      return _("Choose no, always, unless-stopped or on-failure (on-failure:5 for 5 tries).");

    case LADING_RUN_INPUT_NOT_ABSOLUTE:
      return _("Write a full path, starting with /.");

    case LADING_RUN_INPUT_NO_SUCH_PATH:
      return _("There is no such file or folder.");

    case LADING_RUN_INPUT_BAD_USER:
      return _("Write a user name or number, with a group after a colon if you like: 1000:1000.");

    case LADING_RUN_INPUT_BAD_MOUNT:
      return _("Write volume:/path or /folder:/path, with :ro to make it read-only.");

    case LADING_RUN_INPUT_BAD_DRIVER_OPTION:
      return _("The local driver takes only the options type, device, o and size.");

    case LADING_RUN_INPUT_MISSING_DRIVER_OPTION:
      return _("The local driver needs type and device together, and both for o.");

    default:
      g_return_val_if_reached (NULL);
    }
}
