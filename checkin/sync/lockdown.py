"""Syncthing's settings written into its config.xml before it starts, every time.

With its defaults Syncthing listens on port 22000 on every interface and contacts public
relays, global discovery servers, STUN servers and the router (UPnP) in its first second,
before any setting sent through its REST API could arrive. So the file it reads at start
already says: listen only on the address we give, no relays, no global discovery, no NAT
traversal, no usage or crash reports, no upgrades. LAN discovery (a broadcast on the venue
network) is on only when the desk listens on the network at all.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")
# Options as Syncthing's REST API names them; lists are repeated elements in config.xml.
_LIST_ELEMENTS = {
    "listenAddresses": "listenAddress",
    "globalAnnounceServers": "globalAnnounceServer",
    "stunServers": "stunServer",
}


def options(listen_address: str, listen_host: str) -> dict:
    """The options every private instance runs with."""
    lan = listen_host not in LOOPBACK_HOSTS
    return {
        "listenAddresses": [listen_address],
        "globalAnnounceEnabled": False,
        "globalAnnounceServers": [],
        "relaysEnabled": False,
        "natEnabled": False,
        "stunServers": [],
        "stunKeepaliveStartS": 0,
        "localAnnounceEnabled": lan,
        "announceLANAddresses": lan,
        "urAccepted": -1,
        "autoUpgradeIntervalH": 0,
        "startBrowser": False,
        "crashReportingEnabled": False,
        "reconnectionIntervalS": 5,  # a desk back on the network is found again quickly
    }


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write(home: Path, values: dict, gui_address: str = "127.0.0.1:0") -> None:
    """Put ``values`` into ``home/config.xml`` (made by ``syncthing generate``), atomically."""
    path = Path(home) / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    opts = root.find("options")
    if opts is None:
        opts = ET.SubElement(root, "options")
    for key, value in values.items():
        if isinstance(value, list):
            tag = _LIST_ELEMENTS[key]
            for old in opts.findall(tag):
                opts.remove(old)
            for item in value:
                ET.SubElement(opts, tag).text = item
            continue
        element = opts.find(key)
        if element is None:
            element = ET.SubElement(opts, key)
        element.text = _text(value)
    gui = root.find("gui")
    if gui is not None and gui.find("address") is not None:
        gui.find("address").text = gui_address  # the command line sets the real one
    tmp = path.with_suffix(".xml.tmp")
    tree.write(tmp, encoding="utf-8", xml_declaration=False)
    os.replace(tmp, path)
