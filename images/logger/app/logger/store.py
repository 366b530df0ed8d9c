# CSV log on the writable FAT volume, with a running CRC of everything written.
import binascii


class Store:
    def __init__(self, path):
        self.path = path
        self.lines = 0
        self.crc = 0
        with open(path, "w") as f:
            f.write("seq,channel,raw,value\n")

    def append(self, rows):
        with open(self.path, "a") as f:
            for seq, name, raw, value in rows:
                line = "%d,%s,%d,%.2f\n" % (seq, name, raw, value)
                f.write(line)
                self.crc = binascii.crc32(line.encode(), self.crc)
                self.lines += 1

    def read_back(self):
        crc = 0
        count = 0
        with open(self.path) as f:
            header = f.readline()
            for line in f:
                crc = binascii.crc32(line.encode(), crc)
                count += 1
        return header.strip(), count, crc
