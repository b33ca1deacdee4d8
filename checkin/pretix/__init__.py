"""Working with pretix, the ticketing system: connect, pull the attendees, scan their tickets
offline, push the check-ins back (the protocol pretixSCAN uses).

- ``client``: HTTP to pretix's REST API, every failure one clear ``PretixError``
- ``connection``: check and keep server, event and check-in list; ``tokens``: the API token,
  on this computer only
- ``positions`` → ``merge`` ← ``pull``: orders become guests, merged like an import
- ``products``: which guest category each product gives (editable)
- ``signed``: offline verification of signed tickets (pretix_sig1, Ed25519)
"""
