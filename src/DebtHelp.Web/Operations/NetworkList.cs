using System.Net;

namespace DebtHelp.Web.Operations;

/// <summary>Addresses and CIDR networks from the settings (<c>10.0.0.5</c>, <c>10.0.0.0/24</c>, <c>::1</c>), parsed once.</summary>
public sealed class NetworkList
{
    private readonly IPNetwork[] _networks;

    public NetworkList(IEnumerable<string> entries, string settingName)
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in entries.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            var text = entry.Trim();
            if (IPNetwork.TryParse(text, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(text, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                throw new FormatException($"{settingName}: '{text}' is neither an IP address nor a CIDR network such as 10.0.0.0/24");
            }
        }

        _networks = [.. networks];
    }

    public bool IsEmpty => _networks.Length == 0;

    public IReadOnlyList<IPNetwork> Networks => _networks;

    public bool Contains(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        foreach (var network in _networks)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }
}
