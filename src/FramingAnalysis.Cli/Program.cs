Console.WriteLine("framing");
